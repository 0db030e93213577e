using MassTransit;
using ShortVideo.ServiceDefaults;
using ShortVideo.ServiceDefaults.Auth;
using ShortVideo.ServiceDefaults.Messaging;
using ShortVideo.ServiceDefaults.Storage;
using ShortVideo.Upload;
using ShortVideo.Upload.Endpoints;
using ShortVideo.Upload.Media;
using ShortVideo.Upload.Storage;
using ShortVideo.Upload.Tus;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddShortVideoAuth();
builder.AddLiteDbDocuments("upload");
builder.AddMediaStore();
builder.AddShortVideoMessaging("upload", bus => bus.AddConsumers(typeof(Program).Assembly));
builder.Services.Configure<UploadOptions>(builder.Configuration.GetSection(UploadOptions.Section));
builder.Services.AddSingleton<IVideoStore, LiteDbVideoStore>();
builder.Services.AddSingleton<ISoundStore, LiteDbSoundStore>();
builder.Services.AddSingleton<IBlockList, LiteDbBlockList>();
builder.Services.AddSingleton<AudioNormaliser>();
builder.Services.AddSingleton<UploadMetrics>();
builder.AddTusUploads();
builder.WebHost.ConfigureKestrel(kestrel =>
    kestrel.Limits.MaxRequestBodySize = builder.Configuration.GetValue(UploadOptions.Section + ":MaxVideoBytes", UploadOptions.DefaultMaxVideoBytes) + 1024 * 1024);

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseAuthentication();
app.UseAuthorization();
app.UseMedia();
app.MapVideoEndpoints();
app.MapTusEndpoints();
app.MapSoundEndpoints();
app.MapTemplateEndpoints();
app.Run();
