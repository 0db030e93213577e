using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ShortVideo.AppHost.Messaging;
using ShortVideo.Contracts;
using ShortVideo.Recommendation;
using ShortVideo.Recommendation.Consumers;
using ShortVideo.Recommendation.Domain;
using ShortVideo.Recommendation.Feeds;
using ShortVideo.Recommendation.Storage;
using ShortVideo.ServiceDefaults;
using ShortVideo.ServiceDefaults.Messaging;
using ShortVideo.ServiceDefaults.Storage;

namespace ShortVideo.Benchmarks;

/// <summary>
/// The recommender at scale: a catalogue of 100,000 videos and 10,000 users whose profiles were
/// learned from 1,000,000 interactions (applied through the service's own domain code), hosted as
/// the service hosts it (the in-process hot state store, its consumers on a private RabbitMQ node).
/// Measures For You pages (first and next, through ForYouService: session and profile read from
/// the hot state store, candidates, ranking, mixing, session written back), and the lag from a
/// VideoViewed published on the broker to a next page without that video.
/// </summary>
internal static class FeedBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var (videoCount, userCount, interactionCount) = (Shell.Option(args, "--videos", 100_000), Shell.Option(args, "--users", 10_000), Shell.Option(args, "--interactions", 1_000_000));
        var pages = Shell.Option(args, "--pages", 2000);
        var lagSamples = Shell.Option(args, "--lag-samples", 200);
        var root = Directory.CreateTempSubdirectory("shortvideo-bench-feed-").FullName;
        var (broker, processes) = await StartBrokerAsync(Path.Combine(root, "rabbitmq"));
        try
        {
            using var host = BuildHost(root, broker);
            await host.StartAsync();
            var services = host.Services;
            var random = new Random(1);
            var seeding = Stopwatch.StartNew();
            var users = Seed(services, random, videoCount, userCount, interactionCount);
            await SaveProfilesAsync(services, users);
            Console.WriteLine($"seeded {videoCount} videos, {userCount} users, {interactionCount} interactions in {seeding.Elapsed.TotalSeconds:0.0} s (through the domain code, not the broker)");

            using var candidates = new CandidateListener();
            var forYou = services.GetRequiredService<ForYouService>();
            var (first, next) = (new List<double>(), new List<double>());
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < pages; i++)
            {
                var user = users[random.Next(users.Count)].UserId;
                var clock = Stopwatch.StartNew();
                var page = await forYou.PageAsync(Viewer.User(user), SessionCursor.Start(), 20);
                first.Add(clock.Elapsed.TotalMilliseconds);
                SessionCursor.TryDecode(page!.NextCursor!, out var cursor);
                clock.Restart();
                await forYou.PageAsync(Viewer.User(user), cursor, 20);
                next.Add(clock.Elapsed.TotalMilliseconds);
            }
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            Console.WriteLine($"load average while paging: {File.ReadAllText("/proc/loadavg").Split(' ')[0]}; CPU per page (whole process): {cpu.TotalMilliseconds / (2 * pages):0.00} ms");
            Console.WriteLine($"For You first page (20 items): p50 {Percentile(first, 50):0.00} ms, p99 {Percentile(first, 99):0.00} ms, max {first.Max():0.00} ms over {pages}");
            Console.WriteLine($"For You next page (cursor):    p50 {Percentile(next, 50):0.00} ms, p99 {Percentile(next, 99):0.00} ms, max {next.Max():0.00} ms over {pages}");
            Console.WriteLine($"all pages: p50 {Percentile([.. first, .. next], 50):0.00} ms, p99 {Percentile([.. first, .. next], 99):0.00} ms (target p99 < 20 ms); candidates ranked per page: mean {candidates.Mean:0}");

            var lags = await MeasureLagAsync(services, users, random, lagSamples);
            Console.WriteLine($"VideoViewed published -> next page without it: p50 {Percentile(lags, 50):0.0} ms, p99 {Percentile(lags, 99):0.0} ms, max {lags.Max():0.0} ms over {lags.Count} (target p99 < 1000 ms)");
            await host.StopAsync();
            return 0;
        }
        finally
        {
            foreach (var process in processes) { if (!process.HasExited) process.Kill(entireProcessTree: true); process.Dispose(); }
            try { Directory.Delete(root, recursive: true); } catch (IOException) { /* the broker may still hold files */ }
        }
    }

    private static IHost BuildHost(string root, string broker)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ShortVideo:DataRoot"] = root,
            ["ConnectionStrings:messaging"] = broker,
            ["Recommendation:SnapshotInterval"] = "01:00:00",
        });
        builder.Services.Configure<DataRootOptions>(builder.Configuration.GetSection(DataRootOptions.Section));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddLiteDbDocuments("recommendation");
        builder.AddRecommendation();
        builder.AddShortVideoMessaging("recommendation", bus => RecommendationConsumers.Add(bus, null));
        builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        return builder.Build();
    }

    /// <summary>
    /// Zipf-popular hashtags and sounds, creators posting within two home hashtags; each user has two
    /// favourite hashtags and watches half from them, half from anywhere, finishing what they like.
    /// </summary>
    private static List<UserProfile> Seed(IServiceProvider services, Random random, int videoCount, int userCount, int interactionCount)
    {
        var catalog = services.GetRequiredService<Catalog>();
        var co = services.GetRequiredService<CoEngagement>();
        var halfLife = new RecommendationOptions().InterestHalfLife;
        var now = DateTime.UtcNow;
        int Zipf(int n) => Math.Min(n - 1, (int)Math.Exp(random.NextDouble() * Math.Log(n + 1)) - 1);
        var videos = new List<FeedVideo>(videoCount);
        for (var i = 0; i < videoCount; i++)
        {
            var creator = random.Next(videoCount / 50);
            var video = new FeedVideo
            {
                Id = $"v{i}", CreatorId = $"c{creator}", CreatorHandle = $"c{creator}", CreatorDisplayName = "Creator",
                Hashtags = new[] { $"t{(creator * 7 + random.Next(2)) % 500}", $"t{Zipf(500)}" }.Distinct().ToList(),
                SoundId = $"s{Zipf(1000)}", SoundTitle = "sound", DurationMs = 15_000, Width = 1080, Height = 1920,
                CreatedAt = now.AddMinutes(-random.Next(60 * 24 * 30)),
            };
            catalog.Upsert(video);
            videos.Add(video);
        }
        var byTag = videos.SelectMany(v => v.Hashtags.Select(t => (t, v))).GroupBy(p => p.t).ToDictionary(g => g.Key, g => g.Select(p => p.v).ToList());
        var users = new List<UserProfile>(userCount);
        var perUser = interactionCount / userCount;
        for (var u = 0; u < userCount; u++)
        {
            var profile = new UserProfile { UserId = $"u{u}" };
            var favourites = new[] { $"t{Zipf(500)}", $"t{random.Next(500)}" };
            for (var n = 0; n < perUser; n++)
            {
                var favourite = byTag.GetValueOrDefault(favourites[n % 2]);
                var liked = favourite is not null && random.NextDouble() < 0.5;
                var video = liked ? favourite![random.Next(favourite.Count)] : videos[random.Next(videos.Count)];
                var completion = liked ? 0.9 : random.NextDouble() * 0.5;
                var at = now.AddSeconds(-(perUser - n) * 60);
                ProfileLearning.Viewed(profile, video.Id, video, completion, at, halfLife);
                catalog.Update(video.Id, v => { v.Views++; v.CompletionSum += completion; if (liked) v.Positives++; catalog.Heat(v, liked ? 1 : 0.2, at); });
                if (liked) co.Positive(profile.UserId, video.Id);
            }
            users.Add(profile);
        }
        catalog.TakeDirty();
        return users;
    }

    private static async Task SaveProfilesAsync(IServiceProvider services, List<UserProfile> users)
    {
        var profiles = services.GetRequiredService<Profiles>();
        foreach (var user in users) await profiles.UpdateAsync(user.UserId, p => Copy(user, p));
    }

    private static void Copy(UserProfile from, UserProfile to)
    {
        (to.Tags, to.Sounds, to.Creators, to.Seen, to.RecentPositives, to.Signals) = (from.Tags, from.Sounds, from.Creators, from.Seen, from.RecentPositives, from.Signals);
    }

    /// <summary>Takes the first video of a user's page, publishes that they watched it, and reads pages until it is gone.</summary>
    private static async Task<List<double>> MeasureLagAsync(IServiceProvider services, List<UserProfile> users, Random random, int samples)
    {
        var forYou = services.GetRequiredService<ForYouService>();
        var bus = services.GetRequiredService<IBus>();
        var lags = new List<double>(samples);
        for (var i = 0; i < samples; i++)
        {
            var user = users[random.Next(users.Count)].UserId;
            var target = (await forYou.PageAsync(Viewer.User(user), SessionCursor.Start(), 20))!.Items[0].Video;
            var clock = Stopwatch.StartNew();
            await bus.Publish(new VideoViewed(Guid.NewGuid().ToString("N"), target.Id, user, target.CreatorId, 15_000, 15_000, target.Views + 1, DateTimeOffset.UtcNow));
            while ((await forYou.PageAsync(Viewer.User(user), SessionCursor.Start(), 20))!.Items.Any(x => x.Video.Id == target.Id))
            {
                if (clock.Elapsed > TimeSpan.FromSeconds(30)) throw new TimeoutException($"The view of {target.Id} by {user} never changed the feed.");
                await Task.Delay(1);
            }
            lags.Add(clock.Elapsed.TotalMilliseconds);
        }
        return lags;
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static async Task<(string ConnectionString, List<Process> Processes)> StartBrokerAsync(string folder)
    {
        var node = LocalRabbitMqNode.Prepare(folder);
        var processes = new List<Process> { Start("epmd", ["-port", node.EpmdPort.ToString(CultureInfo.InvariantCulture)], node) };
        await WaitAsync(new PortHealthCheck(node.EpmdPort, amqp: false));
        processes.Add(Start(MessagingResources.RabbitMqServer, [], node));
        await WaitAsync(new PortHealthCheck(node.AmqpPort, amqp: true));
        return ($"amqp://guest:guest@localhost:{node.AmqpPort}", processes);
    }

    private static Process Start(string command, string[] args, LocalRabbitMqNode node)
    {
        var start = new ProcessStartInfo(command, args) { WorkingDirectory = node.Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (key, value) in node.Environment) start.Environment[key] = value;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitAsync(IHealthCheck check)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while ((await check.CheckHealthAsync(new HealthCheckContext())).Status != HealthStatus.Healthy)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The broker did not start within a minute.");
            await Task.Delay(250);
        }
    }

    /// <summary>Reads the service's own candidates histogram on the meter ShortVideo.Recommendation.</summary>
    private sealed class CandidateListener : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _sum, _count;

        public CandidateListener()
        {
            _listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "ShortVideo.Recommendation" && instrument.Name == "shortvideo.feed.candidates") l.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<int>((_, value, _, _) => { Interlocked.Add(ref _sum, value); Interlocked.Increment(ref _count); });
            _listener.Start();
        }

        public double Mean => _count == 0 ? 0 : (double)_sum / _count;

        public void Dispose() => _listener.Dispose();
    }
}
