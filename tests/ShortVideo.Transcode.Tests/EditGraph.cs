using System.Text.RegularExpressions;

namespace ShortVideo.Transcode.Tests;

/// <summary>Reads the pad labels of a filter graph, chain by chain, as ffmpeg links them by name.</summary>
internal static partial class EditGraph
{
    /// <summary>Labels the graph makes (chain outputs) and labels it reads that are not input files' streams.</summary>
    public static (List<string> Made, List<string> Read) Labels(string graph)
    {
        var (made, read) = (new List<string>(), new List<string>());
        foreach (var chain in graph.Split(';'))
        {
            read.AddRange(Names(Leading().Match(chain).Value).Where(name => !FileStream().IsMatch(name)));
            made.AddRange(Names(Trailing().Match(chain).Value));
        }
        return (made, read);
    }

    /// <summary>The input files' streams a graph reads, such as <c>2:a:0</c>.</summary>
    public static IEnumerable<string> FileStreams(string graph) => Label().Matches(graph).Select(m => m.Groups[1].Value).Where(name => FileStream().IsMatch(name));

    /// <summary>Labels made but read by nothing in the graph: what the outputs, or the next stage, map.</summary>
    public static IEnumerable<string> Open(string graph)
    {
        var (made, read) = Labels(graph);
        return made.Where(label => !read.Contains(label));
    }

    private static IEnumerable<string> Names(string labels) => Label().Matches(labels).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"^(\[[^\]]+\])+")]
    private static partial Regex Leading();

    [GeneratedRegex(@"(\[[^\]]+\])+$")]
    private static partial Regex Trailing();

    [GeneratedRegex(@"\[([^\]]+)\]")]
    private static partial Regex Label();

    [GeneratedRegex(@"^\d+:[va]:\d+$")]
    private static partial Regex FileStream();
}
