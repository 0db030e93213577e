using MassTransit;
using Microsoft.AspNetCore.Identity;
using ShortVideo.ServiceDefaults;
using ShortVideo.ServiceDefaults.Auth;
using ShortVideo.ServiceDefaults.Messaging;
using ShortVideo.ServiceDefaults.Storage;
using ShortVideo.SocialGraph.Endpoints;
using ShortVideo.SocialGraph.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddShortVideoAuth();
builder.AddLiteDbDocuments("social-graph");
builder.AddShortVideoMessaging("social-graph", bus => bus.AddConsumers(typeof(Program).Assembly));
builder.Services.AddSingleton<ISocialStore, LiteDbSocialStore>();
builder.Services.AddSingleton<IPasswordHasher<UserRecord>, PasswordHasher<UserRecord>>();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseAuthentication();
app.UseAuthorization();
app.MapAuthEndpoints();
app.MapProfileEndpoints();
app.MapFollowEndpoints();
app.MapLikeEndpoints();
app.Run();
