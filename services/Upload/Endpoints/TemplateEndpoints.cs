using ShortVideo.Upload.Domain;

namespace ShortVideo.Upload.Endpoints;

public static class TemplateEndpoints
{
    public static IEndpointRouteBuilder MapTemplateEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/templates", () => TypedResults.Ok(Templates.All.Select(TemplateView.Of).ToList()));
        return app;
    }
}

public sealed record TemplateView(string Id, string Name, string Description, bool NeedsSound, IReadOnlyList<ParameterView> Parameters)
{
    public static TemplateView Of(Template t) =>
        new(t.Id, t.Name, t.Description, t.NeedsSound,
            t.Parameters.Select(p => new ParameterView(p.Name, p.Type, p.Description, p.Default, p.Min, p.Max, p.Choices, p.MaxLength)).ToList());
}

public sealed record ParameterView(
    string Name, string Type, string Description, string? Default, double? Min, double? Max, IReadOnlyList<string>? Choices, int? MaxLength);
