using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ShortVideo.Upload.Tus;

public static class TusRegistration
{
    /// <summary>
    /// The tus server's services: <see cref="TusUploads"/> (also what POST /api/videos claims finished uploads
    /// from), the expiry sweeper and the protocol headers. Needs the LiteDB documents and the media store.
    /// </summary>
    public static TBuilder AddTusUploads<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.Configure<TusOptions>(builder.Configuration.GetSection(TusOptions.Section));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<TusUploads>();
        builder.Services.AddHostedService<TusExpirySweeper>();
        builder.Services.AddTransient<IStartupFilter, TusProtocolHeaders>();
        return builder;
    }
}
