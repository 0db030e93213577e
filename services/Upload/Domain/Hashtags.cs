using System.Globalization;
using System.Text;

namespace ShortVideo.Upload.Domain;

/// <summary>
/// A caption's #hashtags, the video's first-level classification: NFKC, lower-cased, de-duplicated and
/// kept in the order written. A tag is letters, marks, digits and underscores in any script, so
/// #舞蹈 and #café are tags; it starts at a '#' that does not follow a letter or digit (so an
/// e-mail address or "C#" is not a tag, but "#a#b" is two) and ends at the first other character.
/// </summary>
public static class Hashtags
{
    public const int MaxTagLength = 100;
    public const int MaxTags = 30;

    public static IReadOnlyList<string> Parse(string? caption)
    {
        if (string.IsNullOrEmpty(caption)) return [];
        // Compatibility forms too: half-width ﾀﾞﾝｽ is ダンス, full-width ｄａｎｃｅ is dance, ＃ is #, as search folds them.
        var text = caption.Normalize(NormalizationForm.FormKC);
        var tags = new List<string>();
        var previousTagEnd = -1;
        for (var i = 0; i < text.Length && tags.Count < MaxTags; i++)
        {
            // "#a#b" is two tags: a '#' right where a tag ended starts the next one.
            if (text[i] != '#' || (i > 0 && i != previousTagEnd && IsTagChar(text, i - 1))) continue;
            var end = i + 1;
            while (end < text.Length && IsTagChar(text, end)) end++;
            var length = end - i - 1;
            if (length > 0 && length <= MaxTagLength && HasLetterOrDigit(text, i + 1, end))
            {
                var tag = text[(i + 1)..end].ToLower(CultureInfo.InvariantCulture);
                if (!tags.Contains(tag)) tags.Add(tag);
            }
            previousTagEnd = end;
            i = end - 1;
        }
        return tags;
    }

    private static bool IsTagChar(string text, int index)
    {
        var c = text[index];
        if (c == '_') return true;
        if (char.IsSurrogate(c))
        {
            // A letter outside the basic plane (many CJK extensions) arrives as a surrogate pair.
            var start = char.IsLowSurrogate(c) && index > 0 ? index - 1 : index;
            return char.IsLetterOrDigit(text, start) || CharUnicodeInfo.GetUnicodeCategory(text, start) == UnicodeCategory.OtherLetter;
        }
        return char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static bool HasLetterOrDigit(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] != '_') return true;
        }
        return false;
    }
}
