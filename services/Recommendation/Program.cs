using MassTransit;
using ShortVideo.Recommendation;
using ShortVideo.Recommendation.Endpoints;
using ShortVideo.Recommendation.Storage;
using ShortVideo.ServiceDefaults;
using ShortVideo.ServiceDefaults.Auth;
using ShortVideo.ServiceDefaults.Messaging;
using ShortVideo.ServiceDefaults.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddShortVideoAuth();
builder.AddLiteDbDocuments("recommendation");
builder.AddShortVideoMessaging("recommendation", bus => bus.AddConsumers(typeof(Program).Assembly));
builder.Services.AddSingleton<IFeedStore, LiteDbFeedStore>();
builder.Services.AddSingleton<FeedMetrics>();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseAuthentication();
app.UseAuthorization();
app.MapFeedEndpoints();
app.Run();
