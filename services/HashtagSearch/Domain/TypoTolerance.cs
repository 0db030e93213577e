namespace ShortVideo.HashtagSearch.Domain;

/// <summary>
/// How many edits a search term may be from a match. Short words get none: at three letters a
/// single edit already reaches unrelated words ("cat" and "car"), so only longer ones are forgiven.
/// </summary>
public static class TypoTolerance
{
    public static int MaxEdits(string term) => term.Length switch
    {
        < 4 => 0,
        < 6 => 1,
        _ => 2,
    };
}
