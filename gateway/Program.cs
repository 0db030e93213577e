using ShortVideo.Gateway;
using ShortVideo.ServiceDefaults;
using ShortVideo.ServiceDefaults.Auth;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddShortVideoAuth();
builder.Services.AddAuthorizationBuilder().AddPolicy(GatewayPolicies.SignedInWrites, GatewayPolicies.RequireTokenForWrites);
builder.Services.AddReverseProxy()
    .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
    .AddServiceDiscoveryDestinationResolver();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseAuthentication();
app.UseAuthorization();
app.MapWebClient();
app.MapReverseProxy();
app.Run();
