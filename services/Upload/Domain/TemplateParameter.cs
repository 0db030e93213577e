namespace ShortVideo.Upload.Domain;

/// <summary>One knob of a template: a number in a range, a choice, or a short text.</summary>
public sealed record TemplateParameter(
    string Name,
    string Type,
    string Description,
    string? Default = null,
    double? Min = null,
    double? Max = null,
    IReadOnlyList<string>? Choices = null,
    int? MaxLength = null)
{
    public const string Number = "number";
    public const string Choice = "choice";
    public const string Text = "text";

    /// <summary>The value to use, normalised, or the rule it breaks.</summary>
    public (string? Value, string? Problem) Check(string? given)
    {
        var value = string.IsNullOrWhiteSpace(given) ? Default : given.Trim();
        if (value is null) return (null, $"'{Name}' is required.");
        return Type switch
        {
            Number when !double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n)
                || double.IsNaN(n) || n < Min || n > Max => (null, $"'{Name}' is a number from {Min} to {Max}."),
            Number => (double.Parse(value, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture), null),
            Choice when Choices?.Contains(value) != true => (null, $"'{Name}' is one of {string.Join(", ", Choices ?? [])}."),
            Text when value.Length > (MaxLength ?? 80) || value.Any(char.IsControl) => (null, $"'{Name}' is at most {MaxLength ?? 80} characters of plain text."),
            _ => (value, null),
        };
    }
}
