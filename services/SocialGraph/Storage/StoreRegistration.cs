namespace ShortVideo.SocialGraph.Storage;

public static class StoreRegistration
{
    /// <summary>The LiteDB adapters of every store port, all in the service's one database file.</summary>
    public static IServiceCollection AddSocialStores(this IServiceCollection services) => services
        .AddSingleton<IAccountStore, LiteDbAccountStore>()
        .AddSingleton<IGraphStore, LiteDbGraphStore>()
        .AddSingleton<IEngagementStore, LiteDbEngagementStore>()
        .AddSingleton<ICommentStore, LiteDbCommentStore>()
        .AddSingleton<INotificationStore, LiteDbNotificationStore>();
}
