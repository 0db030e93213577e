using System.Text.Json;
using System.Text.Json.Nodes;
using ShortVideo.HashtagSearch.Domain;
using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.HashtagSearch.Storage;

/// <summary>Each kind of document as an Elasticsearch source, following <see cref="ElasticsearchMapping"/>, and back.</summary>
internal static class ElasticsearchDocuments
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string IdOf(IndexDocument document) => LuceneDocuments.KeyOf(document);

    public static JsonObject Source(IndexDocument document) => document switch
    {
        VideoDocument { Card: var card } => new JsonObject
        {
            ["kind"] = LuceneDocuments.Video,
            ["id"] = card.Id,
            ["all"] = TextFolding.Fold(string.Join(' ', card.Caption, string.Join(' ', card.Hashtags), card.Creator.Handle, card.Creator.DisplayName, card.Sound?.Title)),
            ["tag"] = Array(card.Hashtags.Select(Hashtags.Normalize).Where(t => t.Length > 0).Distinct()),
            ["tag_fold"] = Array(card.Hashtags.Select(Hashtags.Normalize).Where(t => t.Length > 0).Select(TextFolding.Fold).Distinct()),
            ["handle"] = TextFolding.Fold(card.Creator.Handle),
            ["handle_exact"] = TextFolding.Fold(card.Creator.Handle),
            ["name"] = TextFolding.Fold(card.Creator.DisplayName),
            ["sound_title"] = TextFolding.Fold(card.Sound?.Title),
            ["creator"] = card.Creator.Id,
            ["created_ticks"] = card.CreatedAt.UtcTicks,
            ["hot"] = Ranking.Hot(card.Stats, card.CreatedAt),
            ["boost"] = Ranking.RelevanceBoost(Ranking.Engagement(card.Stats)),
            ["card"] = JsonSerializer.SerializeToNode(card, Json),
        },
        UserDocument user => new JsonObject
        {
            ["kind"] = LuceneDocuments.User,
            ["id"] = user.Id,
            ["all"] = TextFolding.Fold(user.Handle + " " + user.DisplayName),
            ["handle"] = TextFolding.Fold(user.Handle),
            ["handle_exact"] = TextFolding.Fold(user.Handle),
            ["name"] = TextFolding.Fold(user.DisplayName),
            ["boost"] = Ranking.RelevanceBoost(0),
            ["display_handle"] = user.Handle,
            ["display_name"] = user.DisplayName,
        },
        HashtagDocument hashtag => new JsonObject
        {
            ["kind"] = LuceneDocuments.Hashtag,
            ["id"] = hashtag.Tag,
            ["htag"] = hashtag.Tag,
            ["htag_fold"] = TextFolding.Fold(hashtag.Tag),
            ["htag_prefix"] = TextFolding.Fold(hashtag.Tag),
            ["video_count"] = hashtag.VideoCount,
            ["views"] = hashtag.Views,
            ["boost"] = Ranking.RelevanceBoost(hashtag.Views + hashtag.VideoCount * 10.0),
        },
        SoundDocument sound => new JsonObject
        {
            ["kind"] = LuceneDocuments.Sound,
            ["id"] = sound.Id,
            ["all"] = TextFolding.Fold(sound.Title),
            ["sound_title"] = TextFolding.Fold(sound.Title),
            ["title"] = sound.Title,
            ["video_count"] = sound.VideoCount,
            ["views"] = sound.Views,
            ["boost"] = Ranking.RelevanceBoost(sound.Views + sound.VideoCount * 10.0),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(document)),
    };

    public static VideoCard CardOf(JsonNode source) =>
        source["card"].Deserialize<VideoCard>(Json) ?? throw new InvalidDataException($"Indexed video '{source["id"]}' has no card.");

    public static UserDocument UserOf(JsonNode source) => new(Text(source, "id"), Text(source, "display_handle"), Text(source, "display_name"));

    public static HashtagDocument HashtagOf(JsonNode source) => new(Text(source, "htag"), Long(source, "video_count"), Long(source, "views"));

    public static SoundDocument SoundOf(JsonNode source) => new(Text(source, "id"), Text(source, "title"), Long(source, "video_count"), Long(source, "views"));

    private static JsonArray Array(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());

    private static string Text(JsonNode source, string field) => source[field]?.GetValue<string>() ?? "";

    private static long Long(JsonNode source, string field) => source[field]?.GetValue<long>() ?? 0;
}
