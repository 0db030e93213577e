using MassTransit;
using ShortVideo.HashtagSearch.Discovery;
using ShortVideo.HashtagSearch.Endpoints;
using ShortVideo.HashtagSearch.Storage;
using ShortVideo.ServiceDefaults.Auth;
using ShortVideo.ServiceDefaults.Messaging;
using ShortVideo.ServiceDefaults.Storage;

namespace ShortVideo.HashtagSearch;

/// <summary>The service's wiring, shared by Program and the tests that host it.</summary>
public static class HashtagSearchSetup
{
    public const string ServiceName = "hashtag-search";

    public static TBuilder AddHashtagSearch<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddShortVideoAuth();
        builder.AddLiteDbDocuments(ServiceName);
        builder.AddShortVideoMessaging(ServiceName, bus => bus.AddConsumers(typeof(HashtagSearchSetup).Assembly));
        builder.AddSearchIndex();
        builder.Services.AddSingleton<DiscoveryStore>();
        builder.Services.AddSingleton<TrendingBoard>();
        builder.Services.AddSingleton<DiscoveryWriter>();
        builder.Services.AddSingleton<IndexRebuilder>();
        builder.Services.AddSingleton<HashtagSearchMetrics>();
        return builder;
    }

    public static WebApplication MapHashtagSearch(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHashtagEndpoints();
        app.MapTrendingEndpoints();
        app.MapSearchEndpoints();
        app.MapAdminEndpoints();
        return app;
    }
}
