using Dapr.Client;
using Microsoft.Extensions.Options;
using ShortVideo.Recommendation.Consumers;
using ShortVideo.Recommendation.Domain;
using ShortVideo.Recommendation.Feeds;
using ShortVideo.Recommendation.State;
using ShortVideo.Recommendation.Storage;
using ShortVideo.ServiceDefaults.Storage;

namespace ShortVideo.Recommendation;

public static class RecommendationServices
{
    /// <summary>The catalogue, the hot state store chosen by configuration, the ranker and the feeds.</summary>
    public static TBuilder AddRecommendation<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var section = builder.Configuration.GetSection(RecommendationOptions.Section);
        var settings = section.Get<RecommendationOptions>() ?? new RecommendationOptions();
        var services = builder.Services;
        services.Configure<RecommendationOptions>(section);
        services.AddSingleton<IFeedStore, LiteDbFeedStore>();
        services.AddSingleton(sp => HotStateSnapshots.Load(new Catalog(settings.HeatHalfLife), sp.GetRequiredService<IFeedStore>()));
        services.AddSingleton<CoEngagement>();
        services.AddSingleton<CandidateSources>();
        var model = settings.ModelPath is { Length: > 0 } path ? RankerModel.Load(path) : RankerModel.Default;
        services.AddSingleton(sp => new ForYouFeed(sp.GetRequiredService<Catalog>(), sp.GetRequiredService<CandidateSources>(), () => model, settings));
        services.AddSingleton<StateDocuments>();
        services.AddSingleton<Profiles>();
        services.AddSingleton<ForYouService>();
        services.AddSingleton<ProfileUpdater>();
        services.AddSingleton<FeedMetrics>();
        if (string.Equals(settings.StateStore, "dapr", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton(_ => new DaprClientBuilder().Build());
            services.AddSingleton<IHotStateStore>(sp => new DaprHotStateStore(sp.GetRequiredService<DaprClient>(), settings.DaprStoreName));
        }
        else
        {
            services.AddSingleton<IHotStateStore>(sp => HotStateSnapshots.Restore(
                new InMemoryHotStateStore(sp.GetRequiredService<TimeProvider>()), sp.GetRequiredService<LiteDbDatabase>()));
        }
        services.AddHostedService<HotStateSnapshots>();
        return builder;
    }

    public static string? ReplicaId(this IConfiguration configuration) =>
        configuration.GetSection(RecommendationOptions.Section).Get<RecommendationOptions>()?.ReplicaId;
}
