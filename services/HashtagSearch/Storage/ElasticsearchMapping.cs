namespace ShortVideo.HashtagSearch.Storage;

/// <summary>
/// The explicit settings and mappings of the discovery index on Elasticsearch. Text arrives already
/// folded (<see cref="Domain.TextFolding"/>), so analyzers only split words; typo tolerance is the
/// fuzzy query's, on the standard-analysed <c>all</c> field. Autocomplete is an edge n-gram field
/// searched with the keyword analyzer: the typed prefix is one term, looked up, never expanded.
/// Nothing is mapped dynamically: a field not listed here is refused.
/// </summary>
internal static class ElasticsearchMapping
{
    public const string Json = """
    {
      "settings": {
        "number_of_shards": 1,
        "analysis": {
          "filter": {
            "tag_edge": { "type": "edge_ngram", "min_gram": 1, "max_gram": 24 }
          },
          "analyzer": {
            "words": { "type": "custom", "tokenizer": "standard", "filter": ["lowercase"] },
            "tag_prefixes": { "type": "custom", "tokenizer": "keyword", "filter": ["lowercase", "tag_edge"] },
            "tag_whole": { "type": "custom", "tokenizer": "keyword", "filter": ["lowercase"] }
          }
        }
      },
      "mappings": {
        "dynamic": "strict",
        "properties": {
          "kind": { "type": "keyword" },
          "id": { "type": "keyword" },
          "all": { "type": "text", "analyzer": "words" },
          "tag": { "type": "keyword" },
          "tag_fold": { "type": "keyword" },
          "handle": { "type": "text", "analyzer": "words" },
          "handle_exact": { "type": "keyword" },
          "name": { "type": "text", "analyzer": "words" },
          "sound_title": { "type": "text", "analyzer": "words" },
          "creator": { "type": "keyword" },
          "created_ticks": { "type": "long" },
          "hot": { "type": "double" },
          "boost": { "type": "float" },
          "htag": { "type": "keyword" },
          "htag_fold": { "type": "keyword" },
          "htag_prefix": { "type": "text", "analyzer": "tag_prefixes", "search_analyzer": "tag_whole" },
          "video_count": { "type": "long" },
          "views": { "type": "long" },
          "title": { "type": "keyword", "index": false },
          "display_handle": { "type": "keyword", "index": false },
          "display_name": { "type": "keyword", "index": false },
          "card": { "type": "object", "enabled": false }
        }
      }
    }
    """;
}
