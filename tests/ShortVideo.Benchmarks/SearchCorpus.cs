using ShortVideo.Contracts;
using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.Benchmarks;

/// <summary>
/// A generated catalogue for the search benchmark: hashtags, caption words, creators and sounds
/// drawn with Zipf distributions (a few are everywhere, most are rare), as real tags are. Seeded,
/// so every run indexes the same videos.
/// </summary>
internal sealed class SearchCorpus
{
    private static readonly string[] Popular = ["fyp", "dance", "food", "comedy", "travel", "music", "fitness", "pets", "diy", "fashion", "gaming", "art"];
    private static readonly string[] Latin = ["ka", "lo", "mi", "ra", "to", "ne", "su", "vi", "da", "pe", "lu", "zo", "be", "ri", "fa", "go", "ha", "ji", "ko", "ma", "no", "pa", "sa", "ta", "wa", "ye", "el", "an", "or", "is"];
    private static readonly string[] Cyrillic = ["ка", "ло", "ми", "ра", "то", "не", "су", "ви", "да", "пе"];
    private static readonly string[] Katakana = ["カ", "ロ", "ミ", "ラ", "ト", "ネ", "ス", "ビ", "ダ", "ペ"];
    private readonly Random _random = new(42);
    private readonly Zipf _tagRanks;
    private readonly Zipf _wordRanks;
    private readonly Zipf _creatorRanks;
    private readonly Zipf _soundRanks;
    private readonly DateTimeOffset _start = DateTimeOffset.UtcNow.AddDays(-30);
    private readonly TimeSpan _interval;

    /// <summary>A catalogue of <paramref name="videos"/> posted evenly over the last 30 days.</summary>
    public SearchCorpus(int videos, int hashtags, int words = 5_000, int creators = 50_000, int sounds = 20_000)
    {
        _interval = TimeSpan.FromDays(30) / Math.Max(videos, 1);
        Tags = Names(hashtags, Popular, tagged: true);
        Words = Names(words, [], tagged: false);
        Creators = Enumerable.Range(0, creators).Select(i => new CreatorInfo($"c{i}", $"{Words[i % Words.Length]}.{i}", $"{Capital(Words[(i * 7) % Words.Length])} {Capital(Words[(i * 13) % Words.Length])}")).ToArray();
        Sounds = Enumerable.Range(0, sounds).Select(i => new CardSound($"s{i}", $"{Capital(Words[(i * 3) % Words.Length])} {Words[(i * 11) % Words.Length]}")).ToArray();
        _tagRanks = new Zipf(hashtags, 1.0);
        _wordRanks = new Zipf(words, 1.0);
        _creatorRanks = new Zipf(creators, 0.8);
        _soundRanks = new Zipf(sounds, 1.0);
        TagVideos = new long[hashtags];
        TagViews = new long[hashtags];
    }

    public string[] Tags { get; }

    public string[] Words { get; }

    public CreatorInfo[] Creators { get; }

    public CardSound[] Sounds { get; }

    public long[] TagVideos { get; }

    public long[] TagViews { get; }

    public Random Random => _random;

    public int SampleTag() => _tagRanks.Sample(_random);

    /// <summary>The next video: 1-4 Zipf-drawn tags (also written in the caption), 3-8 caption words, a creator, maybe a sound.</summary>
    public VideoCard NextVideo(int number)
    {
        var tagRanks = Enumerable.Range(0, 1 + _random.Next(4)).Select(_ => _tagRanks.Sample(_random)).Distinct().ToArray();
        var words = Enumerable.Range(0, 3 + _random.Next(6)).Select(_ => Words[_wordRanks.Sample(_random)]);
        var tags = tagRanks.Select(r => Tags[r]).ToArray();
        var views = (long)Math.Pow(10, _random.NextDouble() * 5);
        foreach (var rank in tagRanks)
        {
            TagVideos[rank]++;
            TagViews[rank] += views;
        }
        var creator = Creators[_creatorRanks.Sample(_random)];
        return new VideoCard(
            $"v{number:D7}",
            new CardCreator(creator.Id, creator.Handle, creator.DisplayName),
            string.Join(' ', words) + " " + string.Join(' ', tags.Select(t => "#" + t)),
            tags,
            _random.Next(3) == 0 ? null : Sounds[_soundRanks.Sample(_random)],
            15_000, 720, 1280,
            VideoCard.PlaylistUrlOf($"v{number}"), VideoCard.PosterUrlOf($"v{number}"),
            new CardStats(views, views / 20, views / 200, views / 500),
            _start + _interval * number);
    }

    /// <summary>A typed query: one or two words of a real tag or caption, each long one with a typo.</summary>
    public string TypoQuery()
    {
        var words = _random.Next(2) == 0
            ? [Tags[_tagRanks.Sample(_random)]]
            : new[] { Words[_wordRanks.Sample(_random)], Tags[_tagRanks.Sample(_random)] };
        return string.Join(' ', words.Select(Typo));
    }

    private string Typo(string word)
    {
        if (word.Length < 5) return word;
        // Never the first letter: people rarely mistype it, and the index gives it no slack either.
        var at = 1 + _random.Next(word.Length - 2);
        return _random.Next(3) switch
        {
            0 => word[..at] + word[at + 1] + word[at] + word[(at + 2)..],
            1 => word[..at] + word[(at + 1)..],
            _ => word[..at] + (char)('a' + _random.Next(26)) + word[(at + 1)..],
        };
    }

    private string[] Names(int count, string[] first, bool tagged)
    {
        var names = new List<string>(first);
        var seen = new HashSet<string>(first);
        while (names.Count < count)
        {
            // Among tags, one in fifty is Cyrillic and one in fifty Japanese, so suggest and search see other scripts.
            var script = tagged ? _random.Next(50) switch { 0 => Cyrillic, 1 => Katakana, _ => Latin } : Latin;
            var name = string.Concat(Enumerable.Range(0, 2 + _random.Next(3)).Select(_ => script[_random.Next(script.Length)]));
            if (seen.Add(name)) names.Add(name);
        }
        return names.ToArray();
    }

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
