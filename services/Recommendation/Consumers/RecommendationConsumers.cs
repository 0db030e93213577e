using MassTransit;

namespace ShortVideo.Recommendation.Consumers;

public static class RecommendationConsumers
{
    /// <summary>
    /// Catalogue consumers get a queue per replica when <paramref name="replicaId"/> is set, so every
    /// replica keeps the whole catalogue; per-user consumers share one queue, since the state they
    /// change is shared (the hot state store) and must change once.
    /// </summary>
    public static void Add(IBusRegistrationConfigurator bus, string? replicaId)
    {
        bus.AddConsumer<VideoPublishedConsumer>().Endpoint(e => PerReplica(e, replicaId));
        bus.AddConsumer<VideoDeletedConsumer>().Endpoint(e => PerReplica(e, replicaId));
        bus.AddConsumer<VideoStatsConsumer>().Endpoint(e => PerReplica(e, replicaId));
        bus.AddConsumer<UserProfileUpdatedConsumer>().Endpoint(e => PerReplica(e, replicaId));
        bus.AddConsumer<VideoViewedConsumer>();
        bus.AddConsumer<VideoLikedConsumer>();
        bus.AddConsumer<VideoSavedConsumer>();
        bus.AddConsumer<VideoSharedConsumer>();
        bus.AddConsumer<CommentPostedConsumer>();
        bus.AddConsumer<NotInterestedConsumer>();
        bus.AddConsumer<UserFollowedConsumer>();
        bus.AddConsumer<UserBlockedConsumer>();
    }

    private static void PerReplica(IEndpointRegistrationConfigurator endpoint, string? replicaId)
    {
        if (replicaId is { Length: > 0 }) endpoint.InstanceId = replicaId;
    }
}
