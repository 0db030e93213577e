namespace ShortVideo.Benchmarks;

/// <summary>Ranks 0..n-1 drawn with probability proportional to 1/(rank+1)^s, by binary search over the cumulative weights.</summary>
internal sealed class Zipf
{
    private readonly double[] _cumulative;

    public Zipf(int n, double s)
    {
        _cumulative = new double[n];
        double total = 0;
        for (var rank = 0; rank < n; rank++)
        {
            total += 1 / Math.Pow(rank + 1, s);
            _cumulative[rank] = total;
        }
        for (var rank = 0; rank < n; rank++) _cumulative[rank] /= total;
    }

    public int Sample(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
    }
}
