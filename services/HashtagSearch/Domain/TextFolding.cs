using System.Globalization;
using System.Text;

namespace ShortVideo.HashtagSearch.Domain;

/// <summary>
/// The key that prefixes and typed words are matched on: NFKC (full-width and compatibility forms
/// become their plain letters), case-folded, and accents dropped where readers treat them as
/// optional: on Latin and Greek letters ("café" finds "cafe"), Cyrillic ё as е, Arabic
/// short-vowel marks and Hebrew points. Marks that make a different letter elsewhere stay: Japanese dakuten
/// (が is not か), Devanagari vowel signs, Cyrillic й.
/// </summary>
public static class TextFolding
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (System.Text.Ascii.IsValid(text)) return text.ToLowerInvariant();
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        var lastBase = '\0';
        foreach (var c in decomposed)
        {
            if (IsOptionalMark(c, lastBase)) continue;
            if (c == '\u0640') continue; // Arabic tatweel only stretches a word.
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) lastBase = c;
            folded.Append(c);
        }
        return CaseFold(folded.ToString().Normalize(NormalizationForm.FormKC));
    }

    private static bool IsOptionalMark(char c, char lastBase)
    {
        if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) return false;
        if (c is >= '\u064B' and <= '\u065F' or '\u0670' or >= '\u0591' and <= '\u05C7') return true;
        if (lastBase is 'е' or 'Е' && c == '\u0308') return true;
        return lastBase < '\u0400' || lastBase is >= '\u1E00' and < '\u2000';
    }

    // Upper then lower folds the pairs that lower case alone misses (ſ, ς, the Kelvin sign after NFKC).
    private static string CaseFold(string text) =>
        text.ToUpperInvariant().ToLowerInvariant().Replace("ß", "ss", StringComparison.Ordinal);
}
