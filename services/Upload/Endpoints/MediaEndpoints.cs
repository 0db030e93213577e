using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;
using ShortVideo.ServiceDefaults.Storage;

namespace ShortVideo.Upload.Endpoints;

public static class MediaEndpoints
{
    /// <summary>
    /// Serves /media/videos from the media store with Range requests and ETags (the static file
    /// middleware does both). A video's folder appears whole and never changes afterwards, so
    /// every file in it may be cached for a year.
    /// </summary>
    public static WebApplication UseMedia(this WebApplication app)
    {
        var media = app.Services.GetRequiredService<FolderMediaStore>();
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".m3u8"] = "application/vnd.apple.mpegurl";
        types.Mappings[".ts"] = "video/mp2t";
        types.Mappings[".m4s"] = "video/iso.segment";
        types.Mappings[".webp"] = "image/webp";
        foreach (var folder in new[] { "videos", "sounds" })
        {
            Serve(app, Directory.CreateDirectory(Path.Combine(media.Root, folder)).FullName, "/media/" + folder, types);
        }
        return app;
    }

    private static void Serve(WebApplication app, string folder, string path, FileExtensionContentTypeProvider types) =>
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(folder),
            RequestPath = path,
            ContentTypeProvider = types,
            OnPrepareResponse = context =>
            {
                context.Context.Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
                context.Context.Response.Headers[HeaderNames.AccessControlAllowOrigin] = "*";
            },
        });
}
