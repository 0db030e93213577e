using MassTransit;
using ShortVideo.HashtagSearch;
using ShortVideo.HashtagSearch.Endpoints;
using ShortVideo.HashtagSearch.Storage;
using ShortVideo.ServiceDefaults;
using ShortVideo.ServiceDefaults.Auth;
using ShortVideo.ServiceDefaults.Messaging;
using ShortVideo.ServiceDefaults.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddShortVideoAuth();
builder.AddLiteDbDocuments("hashtag-search");
builder.AddShortVideoMessaging("hashtag-search", bus => bus.AddConsumers(typeof(Program).Assembly));
builder.Services.AddSingleton<IVideoIndex, LuceneVideoIndex>();
builder.Services.AddSingleton<HashtagSearchMetrics>();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseAuthentication();
app.UseAuthorization();
app.MapHashtagEndpoints();
app.MapSearchEndpoints();
app.Run();
