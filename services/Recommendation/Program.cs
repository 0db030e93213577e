using ShortVideo.Recommendation;
using ShortVideo.Recommendation.Consumers;
using ShortVideo.Recommendation.Endpoints;
using ShortVideo.ServiceDefaults;
using ShortVideo.ServiceDefaults.Auth;
using ShortVideo.ServiceDefaults.Messaging;
using ShortVideo.ServiceDefaults.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddShortVideoAuth();
builder.AddLiteDbDocuments("recommendation");
builder.AddRecommendation();
builder.AddShortVideoMessaging("recommendation", bus => RecommendationConsumers.Add(bus, builder.Configuration.ReplicaId()));

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseAuthentication();
app.UseAuthorization();
app.MapFeedEndpoints();
app.Run();

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
