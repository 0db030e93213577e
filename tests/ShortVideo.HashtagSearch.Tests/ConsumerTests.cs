using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using ShortVideo.Contracts;
using ShortVideo.HashtagSearch.Consumers;
using ShortVideo.HashtagSearch.Storage;
using ShortVideo.ServiceDefaults.Messaging;
using ShortVideo.ServiceDefaults.Storage;

namespace ShortVideo.HashtagSearch.Tests;

/// <summary>
/// The consumers on MassTransit's in-memory harness, without the inbox filter, so every copy of
/// a message reaches them: they must be idempotent on their own.
/// </summary>
public sealed class ConsumerTests : IAsyncLifetime
{
    private readonly TempIndex _temp = new();
    private ServiceProvider _services = null!;
    private ITestHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _services = new ServiceCollection()
            .AddMetrics()
            .AddSingleton<IVideoIndex>(_temp.Index)
            .AddSingleton(new OutboxSignal())
            .AddSingleton(sp => new LiteDbDatabase(Path.Combine(_temp.Folder, "reads.db"), sp.GetRequiredService<OutboxSignal>()))
            .AddSingleton<Tombstones>()
            .AddSingleton<HashtagSearchMetrics>()
            .AddMassTransitTestHarness(bus => bus.AddConsumers(typeof(VideoPublishedConsumer).Assembly))
            .BuildServiceProvider(true);
        _harness = _services.GetRequiredService<ITestHarness>();
        await _harness.Start();
    }

    public async Task DisposeAsync()
    {
        await _harness.Stop();
        await _services.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task A_redelivered_VideoPublished_leaves_one_video()
    {
        var published = Cards.Published("again #dance", ["dance"]);

        await Deliver(published);
        await Deliver(published);

        Assert.Equal(1, _temp.Index.CountTagged("dance"));
        Assert.Equal(published.VideoId, Assert.Single(_temp.Index.Tagged("dance", null, 10)).Id);
    }

    [Fact]
    public async Task A_deleted_video_leaves_its_tag_and_a_late_VideoPublished_does_not_bring_it_back()
    {
        var published = Cards.Published("gone soon #dance", ["dance"]);
        await Deliver(published);

        await Deliver(new VideoDeleted(published.VideoId, published.Creator.Id, DateTimeOffset.UtcNow));
        Assert.Null(_temp.Index.Find(published.VideoId));

        await Deliver(published);
        Assert.Null(_temp.Index.Find(published.VideoId));
    }

    [Fact]
    public async Task Likes_and_unlikes_set_the_count_on_the_card()
    {
        var published = Cards.Published("like me", ["dance"]);
        await Deliver(published);

        await Deliver(new VideoLiked(published.VideoId, "u1", published.Creator.Id, 7, DateTimeOffset.UtcNow));
        Assert.Equal(7, _temp.Index.Find(published.VideoId)!.Stats.Likes);

        await Deliver(new VideoUnliked(published.VideoId, "u1", published.Creator.Id, 6, DateTimeOffset.UtcNow));
        Assert.Equal(6, _temp.Index.Find(published.VideoId)!.Stats.Likes);
    }

    private async Task Deliver<T>(T message) where T : class
    {
        var messageId = NewId.NextGuid();
        await _harness.Bus.Publish(message, context => context.MessageId = messageId);
        Assert.True(await _harness.Consumed.Any<T>(m => m.Context.MessageId == messageId));
    }
}
