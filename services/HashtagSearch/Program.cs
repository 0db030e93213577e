using ShortVideo.HashtagSearch;
using ShortVideo.HashtagSearch.Discovery;
using ShortVideo.ServiceDefaults;

// `dotnet run --project services/HashtagSearch -- rebuild` recreates the index from the store with
// the service stopped; a running service rebuilds on POST /admin/index/rebuild instead.
var rebuild = args is ["rebuild", ..];
var builder = WebApplication.CreateBuilder(rebuild ? args[1..] : args);
builder.AddServiceDefaults();
builder.AddHashtagSearch();

var app = builder.Build();
if (rebuild)
{
    var report = app.Services.GetRequiredService<IndexRebuilder>().Run();
    Console.WriteLine($"Rebuilt the index: {report.Videos} videos, {report.Users} users, {report.Hashtags} hashtags, {report.Sounds} sounds in {report.Seconds:0.0} s");
    await app.DisposeAsync();
    return;
}
app.MapDefaultEndpoints();
app.MapHashtagSearch();
app.Run();
