using ShortVideo.Recommendation.Domain;

namespace ShortVideo.Recommendation.Tests.Domain;

public sealed class CatalogRenameTests
{
    private static readonly DateTime Noon = new(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_rename_reaches_every_card_of_the_creator_once_and_an_older_one_never_wins()
    {
        var catalog = new Catalog(TimeSpan.FromHours(6));
        var (mine, other) = (Videos.Make("ana", "cats"), Videos.Make("ben", "cats"));
        catalog.Upsert(mine);
        catalog.Upsert(other);

        Assert.Equal(1, catalog.RenameCreator("ana", "ana_new", "Ana New", Noon));
        Assert.Equal(0, catalog.RenameCreator("ana", "ana_new", "Ana New", Noon));
        Assert.Equal(0, catalog.RenameCreator("ana", "ana_old", "Ana Old", Noon.AddHours(-1)));

        Assert.Equal(("ana_new", "Ana New"), (catalog.Find(mine.Id)!.CreatorHandle, catalog.Find(mine.Id)!.CreatorDisplayName));
        Assert.Equal("ben", catalog.Find(other.Id)!.CreatorHandle);
    }

    [Fact]
    public void A_republished_card_keeps_a_rename_heard_since()
    {
        var catalog = new Catalog(TimeSpan.FromHours(6));
        var video = Videos.Make("ana", "cats");
        catalog.Upsert(video);
        catalog.RenameCreator("ana", "ana_new", "Ana New", Noon);

        var republished = Videos.Make("ana", "cats");
        republished.Id = video.Id;
        catalog.Upsert(republished);

        Assert.Equal("ana_new", catalog.Find(video.Id)!.CreatorHandle);
    }
}
