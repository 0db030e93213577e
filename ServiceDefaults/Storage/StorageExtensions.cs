using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ShortVideo.ServiceDefaults.Messaging;

namespace ShortVideo.ServiceDefaults.Storage;

public static class StorageExtensions
{
    /// <summary>
    /// The service's LiteDB file under the data root, with its outbox and inbox. <paramref name="shared"/>
    /// lets several processes of the service on one machine use the file together (LiteDB's shared mode,
    /// a cross-process lock around each operation and transaction), for workers that run side by side.
    /// </summary>
    public static TBuilder AddLiteDbDocuments<TBuilder>(this TBuilder builder, string serviceName, bool shared = false) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton(sp => new LiteDbDatabase(
            Path.Combine(sp.GetRequiredService<IOptions<DataRootOptions>>().Value.ServiceFolder(serviceName), $"{serviceName}.db"),
            sp.GetRequiredService<OutboxSignal>(),
            shared));
        builder.Services.AddSingleton<LiteDbMessageStores>();
        builder.Services.AddSingleton<IOutboxStore>(sp => sp.GetRequiredService<LiteDbMessageStores>());
        builder.Services.AddSingleton<IInboxStore>(sp => sp.GetRequiredService<LiteDbMessageStores>());
        builder.Services.AddSingleton<Tombstones>();
        return builder;
    }

    /// <summary>The shared media store: <c>{data root}/media</c> unless <c>ShortVideo:MediaRoot</c> says otherwise.</summary>
    public static TBuilder AddMediaStore<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddSingleton<IMediaStore>(sp => sp.GetRequiredService<FolderMediaStore>());
        builder.Services.AddSingleton(sp => new FolderMediaStore(
            builder.Configuration["ShortVideo:MediaRoot"] is { Length: > 0 } configured
                ? configured
                : Path.Combine(sp.GetRequiredService<IOptions<DataRootOptions>>().Value.Resolve(), "media")));
        return builder;
    }
}
