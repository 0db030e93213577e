namespace ShortVideo.HashtagSearch.Domain;

/// <summary>The trending windows of the API: <c>1h</c>, <c>24h</c>, <c>7d</c>.</summary>
public sealed record TrendWindow(string Name, TimeSpan Length)
{
    public static readonly TrendWindow Hour = new("1h", TimeSpan.FromHours(1));
    public static readonly TrendWindow Day = new("24h", TimeSpan.FromHours(24));
    public static readonly TrendWindow Week = new("7d", TimeSpan.FromDays(7));
    public static readonly IReadOnlyList<TrendWindow> All = [Hour, Day, Week];

    public static TrendWindow? Parse(string? name) => name is null ? Day : All.FirstOrDefault(w => w.Name == name);
}
