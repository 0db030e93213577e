using System.Text;

namespace ShortVideo.HashtagSearch.Domain;

/// <summary>
/// A tag as a key: the same shape upload gives the hashtags it parses from captions (NFC,
/// invariant lower case), so <c>#Dance</c> in a URL finds the videos captioned <c>#dance</c>.
/// </summary>
public static class Hashtags
{
    public const int MaxTagLength = 100;

    public static string Normalize(string? raw)
    {
        var tag = (raw ?? "").Trim();
        if (tag.StartsWith('#')) tag = tag[1..];
        return tag.Trim().Normalize(NormalizationForm.FormC).ToLowerInvariant();
    }
}
