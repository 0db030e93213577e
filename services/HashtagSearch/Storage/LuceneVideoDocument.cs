using System.Text;
using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using ShortVideo.HashtagSearch.Domain;
using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.HashtagSearch.Storage;

/// <summary>How a video card is laid out in the Lucene index: what is searched, sorted and returned.</summary>
internal static class LuceneVideoDocument
{
    public const string Id = "id";
    public const string IdSort = "id_dv";
    // Tags are indexed verbatim: the standard analyzer would strip the '#' and split "#day_1".
    public const string Tag = "tag";
    public const string Caption = "caption";
    public const string Handle = "handle";
    public const string HandleExact = "handle_exact";
    public const string CreatedAt = "createdAt";
    public const string CreatedAtSort = "createdAt_dv";
    public const string Likes = "likes";
    public const string Card = "card";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Document From(VideoCard card)
    {
        var ticks = card.CreatedAt.UtcTicks;
        var document = new Document
        {
            new StringField(Id, card.Id, Field.Store.YES),
            new SortedDocValuesField(IdSort, new BytesRef(card.Id)),
            new TextField(Caption, card.Caption.Normalize(NormalizationForm.FormC), Field.Store.NO),
            new TextField(Handle, card.Creator.Handle, Field.Store.NO),
            new StringField(HandleExact, card.Creator.Handle.ToLowerInvariant(), Field.Store.NO),
            new Int64Field(CreatedAt, ticks, Field.Store.NO),
            new NumericDocValuesField(CreatedAtSort, ticks),
            new NumericDocValuesField(Likes, card.Stats.Likes),
            new StoredField(Card, JsonSerializer.Serialize(card, Json)),
        };
        foreach (var tag in card.Hashtags.Select(Hashtags.Normalize).Where(t => t.Length > 0).Distinct())
        {
            document.Add(new StringField(Tag, tag, Field.Store.NO));
        }
        return document;
    }

    public static VideoCard CardOf(Document document) =>
        JsonSerializer.Deserialize<VideoCard>(document.Get(Card), Json)
        ?? throw new InvalidDataException($"Indexed video '{document.Get(Id)}' has no card.");
}
