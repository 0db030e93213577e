using ShortVideo.ServiceDefaults;
using ShortVideo.ServiceDefaults.Messaging;
using ShortVideo.ServiceDefaults.Storage;
using ShortVideo.Transcode;
using ShortVideo.Transcode.Consumers;
using ShortVideo.Transcode.Encoding;
using ShortVideo.Transcode.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
// Shared: several transcode workers on one machine compete for jobs and see each other's finished ones.
builder.AddLiteDbDocuments("transcode", shared: true);
builder.AddMediaStore();
builder.AddShortVideoMessaging("transcode", bus => bus.AddConsumer<VideoUploadedConsumer>(typeof(VideoUploadedConsumerDefinition)));
builder.Services.Configure<TranscodeOptions>(builder.Configuration.GetSection(TranscodeOptions.Section));
builder.Services.AddSingleton<ITranscodeJobStore, LiteDbTranscodeJobStore>();
builder.Services.AddSingleton<HlsEncoder>();
builder.Services.AddSingleton<TranscodeMetrics>();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
