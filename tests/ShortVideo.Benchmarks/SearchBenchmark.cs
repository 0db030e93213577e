using System.Diagnostics;
using ShortVideo.HashtagSearch.Domain;
using ShortVideo.HashtagSearch.Storage;

namespace ShortVideo.Benchmarks;

/// <summary>
/// The discovery index at scale, through its port (<see cref="IVideoIndex"/>) on the default Lucene
/// adapter: generated videos over Zipf-distributed hashtags are indexed in batches, then hashtag
/// pages, autocompletes and misspelt free-text searches are timed one by one.
/// </summary>
internal static class SearchBenchmark
{
    private const int Batch = 5_000;

    // The endpoints ask the index for one more than a default page, to know whether there is a next one.
    private const int Page = 20;

    public static int Run(string[] args)
    {
        var videos = Shell.Option(args, "--videos", 1_000_000);
        var hashtags = Shell.Option(args, "--hashtags", 50_000);
        var queries = Shell.Option(args, "--queries", 2_000);
        var folder = Directory.CreateTempSubdirectory("shortvideo-bench-search-").FullName;
        try
        {
            var corpus = new SearchCorpus(videos, hashtags);
            using var index = new LuceneVideoIndex(folder);
            Console.WriteLine($"Indexing {videos:N0} videos over {hashtags:N0} hashtags (Zipf) into {folder} on {Environment.ProcessorCount} cores; {LoadAverage()}");
            var rate = IndexVideos(index, corpus, videos);
            Console.WriteLine($"indexing (bulk, through IIndexRebuild as a rebuild does): {rate:N0} videos/s (target >= 5,000)");
            var live = LiveUpserts(index, corpus, videos, Math.Min(20_000, videos / 10));
            Console.WriteLine($"indexing (live, IVideoIndex.Upsert in batches of 100 with a refresh each, on top): {live:N0} videos/s");

            var page = Measure(queries, () =>
            {
                var tag = corpus.Tags[corpus.SampleTag()];
                _ = index.FindHashtag(tag);
                _ = index.Recent(tag, null, Page + 1, Empty);
            });
            var top = Measure(queries, () => index.Top(corpus.Tags[corpus.SampleTag()], 0, Page + 1, Empty));
            var suggest = Measure(queries, () =>
            {
                var tag = corpus.Tags[corpus.SampleTag()];
                index.Suggest(TextFolding.Fold(tag[..Math.Min(tag.Length, 1 + corpus.Random.Next(4))]), 10);
            });
            var search = Measure(queries, () => index.SearchVideos(corpus.TypoQuery(), 0, Page + 1, Empty));
            Console.WriteLine($"lookups done; {LoadAverage()}");
            Report("hashtag page (summary + 20 newest)", page, 10);
            Report("hashtag page, top (20 by engagement and decay)", top, 10);
            Report("autocomplete (1-4 letters, 10 tags)", suggest, 10);
            Report("free-text search with typos (20 videos)", search, 50);
            Console.WriteLine($"index size on disk: {DirectorySize(folder) / 1048576.0:N0} MB");
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static readonly IReadOnlySet<string> Empty = new HashSet<string>();

    /// <summary>Videos, then the hashtag, sound and user documents, into a new index swapped in at the end (the commit included).</summary>
    private static double IndexVideos(LuceneVideoIndex index, SearchCorpus corpus, int videos)
    {
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        using var rebuild = index.BeginRebuild();
        var batch = new List<IndexDocument>(Batch);
        for (var number = 0; number < videos; number++)
        {
            batch.Add(new VideoDocument(corpus.NextVideo(number)));
            if (batch.Count < Batch && number < videos - 1) continue;
            rebuild.Upsert(batch);
            batch.Clear();
            if ((number + 1) % 100_000 == 0) Console.WriteLine($"  {number + 1:N0} videos, {(number + 1) / clock.Elapsed.TotalSeconds:N0}/s");
        }
        foreach (var chunk in Totals(corpus).Chunk(Batch)) rebuild.Upsert(chunk);
        rebuild.Complete();
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"  {videos:N0} videos and {corpus.Tags.Length + corpus.Sounds.Length + corpus.Creators.Length:N0} hashtags, sounds and users in {seconds:0.0} s, CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.0} s (generation included)");
        return videos / seconds;
    }

    private static double LiveUpserts(LuceneVideoIndex index, SearchCorpus corpus, int first, int count)
    {
        var clock = Stopwatch.StartNew();
        for (var number = first; number < first + count; number += 100)
        {
            index.Upsert(Enumerable.Range(number, 100).Select(n => (IndexDocument)new VideoDocument(corpus.NextVideo(n))).ToList());
        }
        return count / clock.Elapsed.TotalSeconds;
    }

    private static IEnumerable<IndexDocument> Totals(SearchCorpus corpus) =>
        Enumerable.Range(0, corpus.Tags.Length).Select(rank => (IndexDocument)new HashtagDocument(corpus.Tags[rank], corpus.TagVideos[rank], corpus.TagViews[rank]))
            .Concat(corpus.Sounds.Select(s => new SoundDocument(s.Id, s.Title, 1, 0)))
            .Concat(corpus.Creators.Select(c => new UserDocument(c.Id, c.Handle, c.DisplayName)));

    /// <summary>
    /// Wall and thread-CPU milliseconds of each call, after as many warm-up calls (JIT, caches, the
    /// first searcher). On a shared machine the wall time includes waiting for a core; the CPU time
    /// is what the call itself costs.
    /// </summary>
    private static (List<double> Wall, List<double> Cpu) Measure(int count, Action query)
    {
        for (var i = 0; i < count; i++) query();
        var (wall, cpu) = (new List<double>(count), new List<double>(count));
        for (var i = 0; i < count; i++)
        {
            var (started, cpuStarted) = (Stopwatch.GetTimestamp(), ThreadCpu.Milliseconds());
            query();
            cpu.Add(ThreadCpu.Milliseconds() - cpuStarted);
            wall.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        return (wall, cpu);
    }

    private static void Report(string what, (List<double> Wall, List<double> Cpu) times, double targetP99)
    {
        var (wall50, wall99, wallMax) = Percentiles(times.Wall);
        var (cpu50, cpu99, _) = Percentiles(times.Cpu);
        Console.WriteLine($"{what}: wall p50 {wall50:0.00} ms, p99 {wall99:0.00} ms, max {wallMax:0.00} ms; CPU p50 {cpu50:0.00} ms, p99 {cpu99:0.00} ms (target p99 < {targetP99} ms: wall {Verdict(wall99, targetP99)}, CPU {Verdict(cpu99, targetP99)})");
    }

    private static string Verdict(double p99, double target) => p99 < target ? "met" : "NOT met";

    private static (double P50, double P99, double Max) Percentiles(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return (sorted[sorted.Length / 2], sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(sorted.Length * 0.99) - 1)], sorted[^1]);
    }

    private static string LoadAverage() => "load average (1, 5, 15 min): " + string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ')[..3]);

    private static long DirectorySize(string folder) => new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
