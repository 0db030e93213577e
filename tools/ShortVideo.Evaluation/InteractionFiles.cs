using System.Globalization;

namespace ShortVideo.Evaluation;

/// <summary>
/// Reads and writes MovieLens-100k's <c>u.data</c> format (<c>user item rating timestamp</c>, tab-separated),
/// which our simulator's logs use too, and the simulator's items file
/// (<c>item creator sound tags-comma-separated createdAt</c>, tab-separated).
/// </summary>
public static class InteractionFiles
{
    public static List<Interaction> ReadInteractions(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0).Select((line, n) =>
        {
            var f = line.Split('\t');
            if (f.Length < 4) throw new InvalidDataException($"{path}:{n + 1}: expected 'user item rating timestamp' separated by tabs.");
            return new Interaction(f[0], f[1], double.Parse(f[2], CultureInfo.InvariantCulture), long.Parse(f[3], CultureInfo.InvariantCulture));
        }).ToList();

    public static void WriteInteractions(string path, IEnumerable<Interaction> interactions) =>
        File.WriteAllLines(path, interactions.Select(i => string.Join('\t', i.User, i.Item, i.Rating.ToString(CultureInfo.InvariantCulture), i.Timestamp.ToString(CultureInfo.InvariantCulture))));

    public static Dictionary<string, ItemInfo> ReadItems(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0).Select(line =>
        {
            var f = line.Split('\t');
            return new ItemInfo(f[0], f[1], f[2].Length == 0 ? null : f[2], f[3].Split(',', StringSplitOptions.RemoveEmptyEntries), long.Parse(f[4], CultureInfo.InvariantCulture));
        }).ToDictionary(i => i.Item);

    public static void WriteItems(string path, IEnumerable<ItemInfo> items) =>
        File.WriteAllLines(path, items.Select(i => string.Join('\t', i.Item, i.Creator, i.Sound ?? "", string.Join(',', i.Tags), i.CreatedAt.ToString(CultureInfo.InvariantCulture))));
}
