using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ShortVideo.Contracts;
using ShortVideo.ServiceDefaults.Messaging;
using ShortVideo.ServiceDefaults.Storage;
using ShortVideo.Transcode.Consumers;
using ShortVideo.Transcode.Encoding;
using ShortVideo.Transcode.Storage;

namespace ShortVideo.Transcode.Tests;

/// <summary>
/// The consumer on MassTransit's in-memory harness, without the inbox filter: a second copy of an
/// upload under a new message id (a re-dispatch after a crash, or a duplicate publish) must not
/// encode again nor publish a second outcome.
/// </summary>
public sealed class RedeliveryTests : IDisposable
{
    private readonly EncoderHarness _harness = new();

    [Fact]
    public async Task A_redelivered_upload_is_encoded_once_and_its_outcome_published_once()
    {
        _harness.Clip("originals/r.mp4", 1);
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddMetrics()
            .AddSingleton<IMediaStore>(_harness.Media)
            .AddSingleton(Options.Create(new TranscodeOptions { Preset = "ultrafast" }))
            .AddSingleton<HlsEncoder>()
            .AddSingleton<TranscodeMetrics>()
            .AddSingleton(new OutboxSignal())
            .AddSingleton(sp => new LiteDbDatabase(Path.Combine(_harness.Root, "transcode.db"), sp.GetRequiredService<OutboxSignal>()))
            .AddSingleton<ITranscodeJobStore, LiteDbTranscodeJobStore>()
            .AddMassTransitTestHarness(bus => bus.AddConsumer<VideoUploadedConsumer>())
            .BuildServiceProvider(true);
        var test = services.GetRequiredService<ITestHarness>();
        await test.Start();
        var upload = new VideoUploaded("r", new CreatorInfo("u", "creator", "Creator"), "", [], "originals/r.mp4", DateTimeOffset.UtcNow);

        await test.Bus.Publish(upload);
        await test.Bus.Publish(upload);

        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (test.Consumed.Select<VideoUploaded>().Count() < 2 && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.Equal(2, test.Consumed.Select<VideoUploaded>().Count());
        Assert.All(test.Consumed.Select<VideoUploaded>(), m => Assert.Null(m.Exception));
        var outbox = services.GetRequiredService<LiteDbDatabase>().Collection<OutboxMessage>(Outbox.Collection).FindAll().ToList();
        Assert.Single(outbox, m => m.Type.Contains(nameof(VideoTranscoded), StringComparison.Ordinal));
        Assert.True(_harness.Media.Exists("videos/r/master.m3u8"));
        Assert.Empty(Directory.EnumerateDirectories(Path.Combine(_harness.Root, ".staging")));
        await test.Stop();
    }

    public void Dispose() => _harness.Dispose();
}
