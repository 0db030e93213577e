using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using ShortVideo.HashtagSearch.Domain;
using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.HashtagSearch.Storage;

/// <summary>
/// How each kind of document is laid out in the Lucene index. Searched text is folded
/// (<see cref="TextFolding"/>) before the analyzer sees it, here and in every query, so accents
/// and case never decide a match.
/// </summary>
internal static class LuceneDocuments
{
    public const string Kind = "kind", Key = "key", Id = "id", IdSort = "id_dv";
    public const string Video = "video", User = "user", Hashtag = "hashtag", Sound = "sound";

    // Tags are indexed verbatim: the standard analyzer would strip the '#' and split "#day_1".
    public const string Tag = "tag", TagFolded = "tag_fold", Handle = "handle", HandleExact = "handle_exact";
    public const string Name = "name", SoundTitle = "sound_title", Creator = "creator", CreatedAt = "createdAt", CreatedAtSort = "createdAt_dv";
    public const string Hot = "hot", Boost = "boost", Card = "card";

    /// <summary>
    /// Every searchable word of a document in one field (for a video: its caption, tags, creator and
    /// sound title): where captions are matched, and where typos are, with one fuzzy expansion per
    /// word rather than one per field. The short fields beside it give exact matches their weight.
    /// </summary>
    public const string All = "all";

    /// <summary>
    /// A video's tags, each with its creation day (<see cref="TagDayOf"/>): the videos of a tag since
    /// a day are one short range of terms, where a time range would walk all of the tag's postings.
    /// </summary>
    public const string TagDay = "tag_day";

    /// <summary>
    /// Creation times are range-filtered only to continue after a cursor, where a coarse trie step
    /// (4 terms per video instead of the default 16) costs little.
    /// </summary>
    public const int TimePrecisionStep = 16;

    private static readonly FieldType TimeType = new(Int64Field.TYPE_NOT_STORED) { NumericPrecisionStep = TimePrecisionStep };
    public const string HashtagName = "htag", HashtagFolded = "htag_fold", HashtagPrefix = "htag_prefix", VideoCount = "videoCount", Views = "views";

    /// <summary>Prefixes longer than this are matched by a prefix query instead of an indexed prefix term.</summary>
    public const int MaxIndexedPrefix = 24;

    // Letters outside ASCII as UTF-8, not \u escapes: the card is only ever read back by this class.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Days since year 1 have 6 digits until the year 2738; padding to 7 keeps term order the order of days.
    public static string TagDayOf(string tag, long day) => tag + "\u001f" + day.ToString("D7", CultureInfo.InvariantCulture);

    public static string KeyOf(string kind, string id) => kind + "|" + id;

    public static string KeyOf(IndexDocument document) => document switch
    {
        VideoDocument v => KeyOf(Video, v.Card.Id),
        UserDocument u => KeyOf(User, u.Id),
        HashtagDocument h => KeyOf(Hashtag, h.Tag),
        SoundDocument s => KeyOf(Sound, s.Id),
        _ => throw new ArgumentOutOfRangeException(nameof(document)),
    };

    public static Document From(IndexDocument document) => document switch
    {
        VideoDocument v => FromVideo(v.Card),
        UserDocument u => FromUser(u),
        HashtagDocument h => FromHashtag(h),
        SoundDocument s => FromSound(s),
        _ => throw new ArgumentOutOfRangeException(nameof(document)),
    };

    /// <summary>A hashtag or sound with no live videos is not a search result: it is removed rather than written.</summary>
    public static bool IsEmpty(IndexDocument document) =>
        document is HashtagDocument { VideoCount: <= 0 } or SoundDocument { VideoCount: <= 0 };

    private static Document Common(string kind, string id, double engagement) => new()
    {
        new StringField(Kind, kind, Field.Store.NO),
        new StringField(Key, KeyOf(kind, id), Field.Store.NO),
        new StringField(Id, id, Field.Store.YES),
        new SortedDocValuesField(IdSort, new BytesRef(id)),
        new SingleDocValuesField(Boost, Ranking.RelevanceBoost(engagement)),
    };

    private static Document FromVideo(VideoCard card)
    {
        var ticks = card.CreatedAt.UtcTicks;
        var document = Common(Video, card.Id, Ranking.Engagement(card.Stats));
        document.Add(new TextField(Handle, TextFolding.Fold(card.Creator.Handle), Field.Store.NO));
        document.Add(new StringField(HandleExact, TextFolding.Fold(card.Creator.Handle), Field.Store.NO));
        document.Add(new TextField(Name, TextFolding.Fold(card.Creator.DisplayName), Field.Store.NO));
        document.Add(new StringField(Creator, card.Creator.Id, Field.Store.NO));
        if (card.Sound is { } sound) document.Add(new TextField(SoundTitle, TextFolding.Fold(sound.Title), Field.Store.NO));
        document.Add(new Int64Field(CreatedAt, ticks, TimeType));
        document.Add(new NumericDocValuesField(CreatedAtSort, ticks));
        document.Add(new DoubleDocValuesField(Hot, Ranking.Hot(card.Stats, card.CreatedAt)));
        AddCard(document, card);
        document.Add(new TextField(All, TextFolding.Fold(string.Join(' ', card.Caption, string.Join(' ', card.Hashtags), card.Creator.Handle, card.Creator.DisplayName, card.Sound?.Title)), Field.Store.NO));
        foreach (var tag in card.Hashtags.Select(Hashtags.Normalize).Where(t => t.Length > 0).Distinct())
        {
            document.Add(new StringField(Tag, tag, Field.Store.NO));
            document.Add(new StringField(TagFolded, TextFolding.Fold(tag), Field.Store.NO));
            document.Add(new StringField(TagDay, TagDayOf(tag, ticks / TimeSpan.TicksPerDay), Field.Store.NO));
        }
        return document;
    }

    private static Document FromUser(UserDocument user)
    {
        var document = Common(User, user.Id, 0);
        document.Add(new TextField(Handle, TextFolding.Fold(user.Handle), Field.Store.NO));
        document.Add(new StringField(HandleExact, TextFolding.Fold(user.Handle), Field.Store.NO));
        document.Add(new TextField(Name, TextFolding.Fold(user.DisplayName), Field.Store.NO));
        document.Add(new TextField(All, TextFolding.Fold(user.Handle + " " + user.DisplayName), Field.Store.NO));
        document.Add(new StoredField(Handle, user.Handle));
        document.Add(new StoredField(Name, user.DisplayName));
        return document;
    }

    private static Document FromHashtag(HashtagDocument hashtag)
    {
        var folded = TextFolding.Fold(hashtag.Tag);
        var document = Common(Hashtag, hashtag.Tag, hashtag.Views + hashtag.VideoCount * 10.0);
        document.Add(new StringField(HashtagName, hashtag.Tag, Field.Store.YES));
        document.Add(new StringField(HashtagFolded, folded, Field.Store.NO));
        foreach (var prefix in Prefixes(folded)) document.Add(new StringField(HashtagPrefix, prefix, Field.Store.NO));
        AddTotals(document, hashtag.VideoCount, hashtag.Views);
        return document;
    }

    private static Document FromSound(SoundDocument sound)
    {
        var document = Common(Sound, sound.Id, sound.Views + sound.VideoCount * 10.0);
        document.Add(new TextField(SoundTitle, TextFolding.Fold(sound.Title), Field.Store.NO));
        document.Add(new TextField(All, TextFolding.Fold(sound.Title), Field.Store.NO));
        document.Add(new StoredField(SoundTitle, sound.Title));
        AddTotals(document, sound.VideoCount, sound.Views);
        return document;
    }

    private static void AddTotals(Document document, long videoCount, long views)
    {
        document.Add(new NumericDocValuesField(VideoCount, videoCount));
        document.Add(new StoredField(VideoCount, videoCount));
        document.Add(new StoredField(Views, views));
    }

    /// <summary>Every prefix that ends on a whole character (never half a surrogate pair or a lone combining mark).</summary>
    internal static IEnumerable<string> Prefixes(string folded)
    {
        var ends = StringInfo.ParseCombiningCharacters(folded).Skip(1).Append(folded.Length);
        return ends.Where(end => end <= MaxIndexedPrefix).Select(end => folded[..end]);
    }

    /// <summary>
    /// The card is a doc value, read in place, rather than a stored field: reading a stored field
    /// decompresses on average half a 16 KB block, which made up most of a page's cost. A card too
    /// long for a doc value (32 KB, far past the longest caption) is stored instead.
    /// </summary>
    private static void AddCard(Document document, VideoCard card)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(card, Json);
        document.Add(json.Length <= MaxCardValue ? new BinaryDocValuesField(Card, new BytesRef(json)) : new StoredField(Card, json));
    }

    private const int MaxCardValue = 32_766;

    public static VideoCard CardOf(IndexSearcher searcher, int doc)
    {
        var leaf = searcher.IndexReader.Leaves[ReaderUtil.SubIndex(doc, searcher.IndexReader.Leaves)];
        var value = new BytesRef();
        leaf.AtomicReader.GetBinaryDocValues(Card)?.Get(doc - leaf.DocBase, value);
        if (value.Length > 0) return Deserialize(value.Bytes.AsSpan(value.Offset, value.Length), doc);
        // Stored: a card past the doc value limit, or one written before cards were doc values (as text).
        var stored = searcher.Doc(doc);
        return stored.GetBinaryValue(Card) is { } bytes
            ? Deserialize(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length), doc)
            : Deserialize(System.Text.Encoding.UTF8.GetBytes(stored.Get(Card) ?? ""), doc);
    }

    private static VideoCard Deserialize(ReadOnlySpan<byte> json, int doc) =>
        json.Length > 0 && JsonSerializer.Deserialize<VideoCard>(json, Json) is { } card ? card : throw new InvalidDataException($"Indexed video (document {doc}) has no card.");

    public static UserDocument UserOf(Document document) => new(document.Get(Id), document.Get(Handle), document.Get(Name));

    public static HashtagDocument HashtagOf(Document document) =>
        new(document.Get(HashtagName), Total(document, VideoCount), Total(document, Views));

    public static SoundDocument SoundOf(Document document) =>
        new(document.Get(Id), document.Get(SoundTitle), Total(document, VideoCount), Total(document, Views));

    private static long Total(Document document, string field) => document.GetField(field).GetInt64Value() ?? 0;
}
