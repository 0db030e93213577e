using Microsoft.Extensions.Configuration;
using ShortVideo.AppHost;
using ShortVideo.AppHost.Messaging;

var builder = DistributedApplication.CreateBuilder(args);

var dataRoot = DataRoot.Resolve(builder.Configuration);
var signingKey = builder.AddSigningKey(dataRoot);
var messaging = builder.AddMessaging(dataRoot);

IResourceBuilder<ProjectResource> Service<TProject>(string name) where TProject : IProjectMetadata, new() =>
    builder.AddProject<TProject>(name)
        .WithReference(messaging)
        .WaitFor(messaging)
        .WithEnvironment("ShortVideo__DataRoot", dataRoot)
        .WithEnvironment("Auth__SigningKey", signingKey)
        .WithHttpHealthCheck("/health");

var upload = Service<Projects.ShortVideo_Upload>("upload");
// Transcode workers compete for jobs on one queue; Transcode:Workers runs several side by side.
var transcode = Service<Projects.ShortVideo_Transcode>("transcode").WithReplicas(builder.Configuration.GetValue("Transcode:Workers", 1));
var hashtagSearch = Service<Projects.ShortVideo_HashtagSearch>("hashtag-search");
var recommendation = Service<Projects.ShortVideo_Recommendation>("recommendation");
var socialGraph = Service<Projects.ShortVideo_SocialGraph>("social-graph");

builder.AddProject<Projects.ShortVideo_Gateway>("gateway")
    .WithEnvironment("ShortVideo__DataRoot", dataRoot)
    .WithEnvironment("Auth__SigningKey", signingKey)
    .WithGatewayPort(builder.Configuration)
    .WithGatewaySettings(builder.Configuration)
    .WithReference(upload).WaitFor(upload)
    .WithReference(hashtagSearch).WaitFor(hashtagSearch)
    .WithReference(recommendation).WaitFor(recommendation)
    .WithReference(socialGraph).WaitFor(socialGraph)
    .WaitFor(transcode)
    .WithHttpHealthCheck("/health")
    .WithExternalHttpEndpoints()
    .AnnounceWhenReady();

builder.Build().Run();
