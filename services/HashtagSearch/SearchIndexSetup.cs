using ShortVideo.HashtagSearch.Storage;

namespace ShortVideo.HashtagSearch;

/// <summary>
/// <c>Search:Engine</c> picks the index adapter: <c>lucene</c> (the default, on disk under the data
/// root) or <c>elasticsearch</c> (at <c>ConnectionStrings:elasticsearch</c>, under the alias
/// <c>Search:IndexName</c>).
/// </summary>
public static class SearchIndexSetup
{
    public const string DefaultIndexName = "shortvideo-discovery";

    public static TBuilder AddSearchIndex<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var engine = builder.Configuration["Search:Engine"] ?? "lucene";
        switch (engine)
        {
            case "lucene":
                builder.Services.AddSingleton<IVideoIndex, LuceneVideoIndex>();
                break;
            case "elasticsearch":
                var server = builder.Configuration.GetConnectionString("elasticsearch")
                    ?? throw new InvalidOperationException("Search:Engine is elasticsearch but ConnectionStrings:elasticsearch is not set.");
                var alias = builder.Configuration["Search:IndexName"] ?? DefaultIndexName;
                builder.Services.AddSingleton<IVideoIndex>(_ => new ElasticsearchVideoIndex(new Uri(server), alias));
                break;
            default:
                throw new InvalidOperationException($"Search:Engine '{engine}' is not one of lucene, elasticsearch.");
        }
        return builder;
    }
}
