using System.Text.Encodings.Web;
using MassTransit;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ShortVideo.ServiceDefaults;
using ShortVideo.ServiceDefaults.Auth;
using ShortVideo.ServiceDefaults.Messaging;
using ShortVideo.ServiceDefaults.Storage;
using ShortVideo.SocialGraph;
using ShortVideo.SocialGraph.Avatars;
using ShortVideo.SocialGraph.Discovery;
using ShortVideo.SocialGraph.Endpoints;
using ShortVideo.SocialGraph.RateLimiting;
using ShortVideo.SocialGraph.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddShortVideoAuth();
builder.AddLiteDbDocuments("social-graph");
builder.AddShortVideoMessaging("social-graph", bus => bus.AddConsumers(typeof(Program).Assembly));
builder.Services.Configure<SocialGraphOptions>(builder.Configuration.GetSection(SocialGraphOptions.Section));
builder.Services.AddSocialStores();
builder.Services.AddSingleton<IPasswordHasher<UserRecord>, PasswordHasher<UserRecord>>();
builder.Services.AddSingleton(sp => new AvatarFolder(Path.Combine(sp.GetRequiredService<IOptions<DataRootOptions>>().Value.ServiceFolder("social-graph"), "avatars")));
builder.Services.AddSingleton<AvatarProcessor>();
builder.Services.AddSingleton<SuggestionFinder>();
builder.Services.AddSingleton<SocialGraphMetrics>();
builder.Services.AddSocialRateLimits();
builder.Services.AddSingleton<SignInAttempts>();
// Text people wrote (comments, bios) leaves with <, > and & escaped inside JSON strings, so even a
// client that pastes the raw JSON into a page cannot be made to run it.
builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Encoder = JavaScriptEncoder.Default);

var app = builder.Build();
app.MapDefaultEndpoints();
app.Use((http, next) =>
{
    // Comment text and bios are returned as written; no answer of this service may be sniffed into HTML.
    http.Response.Headers.XContentTypeOptions = "nosniff";
    return next(http);
});
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.MapAuthEndpoints();
app.MapProfileEndpoints();
app.MapAvatarEndpoints();
app.MapFollowEndpoints();
app.MapBlockEndpoints();
app.MapSuggestionEndpoints();
app.MapEngagementEndpoints();
app.MapSavedEndpoints();
app.MapCommentEndpoints();
app.MapNotificationEndpoints();
app.Run();
