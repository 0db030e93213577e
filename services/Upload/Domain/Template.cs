namespace ShortVideo.Upload.Domain;

/// <summary>A built-in one-tap edit, applied by the transcoder while it encodes.</summary>
public sealed record Template(string Id, string Name, string Description, IReadOnlyList<TemplateParameter> Parameters, bool NeedsSound = false);
