using ShortVideo.Contracts;

namespace ShortVideo.Recommendation.Tests;

/// <summary>A creator's new handle and name (<c>UserProfileUpdated</c> over RabbitMQ) reach their cards in the feeds.</summary>
[Collection(RecommenderCollection.Name)]
public sealed class CreatorRenameTests(RecommenderHost host)
{
    private readonly World _world = new(host);

    [Fact]
    public async Task A_renamed_creators_cards_show_the_new_handle_and_name()
    {
        var creator = World.NewId();
        var videos = await _world.PublishManyAsync([(creator, ["rename"]), (creator, ["rename"])]);
        var fan = World.NewId();
        await _world.FollowAsync(fan, creator);
        await World.Eventually(() => host.GetPageAsync("/api/feed/following", fan), p => p.Items.Count == 2, "the creator's videos in Following");

        await host.Bus.Publish(new UserProfileUpdated(creator, "renamed_one", "Renamed One", "", null, DateTimeOffset.UtcNow));

        var (page, _) = await World.Eventually(() => host.GetPageAsync("/api/feed/following", fan),
            p => p.Items.All(i => i.Creator.Handle == "renamed_one"), "the new handle on every card");
        Assert.All(page.Items, i => Assert.Equal(("renamed_one", "Renamed One"), (i.Creator.Handle, i.Creator.DisplayName)));
        Assert.Equal(videos.Select(v => v.VideoId).Order(), page.Items.Select(i => i.Id).Order());
    }
}
