using System.Text;

namespace ShortVideo.HashtagSearch.Domain;

/// <summary>
/// A tag as a key: the same shape upload gives the hashtags it parses from captions (NFKC,
/// invariant lower case), so <c>#Dance</c> or <c>#ｄａｎｃｅ</c> in a URL finds the videos captioned <c>#dance</c>.
/// </summary>
public static class Hashtags
{
    public const int MaxTagLength = 100;

    public static string Normalize(string? raw)
    {
        var tag = (raw ?? "").Trim();
        tag = tag.Normalize(NormalizationForm.FormKC);
        if (tag.StartsWith('#')) tag = tag[1..];
        return tag.Trim().ToLowerInvariant();
    }
}
