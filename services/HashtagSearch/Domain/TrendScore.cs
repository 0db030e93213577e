namespace ShortVideo.HashtagSearch.Domain;

/// <summary>
/// Engagement velocity: activity in the window measured against what the key's own baseline
/// predicts for a window that long. The baseline is the <see cref="Baseline"/> before the window.
/// The score is how far above that expectation the window is, in the spirit of a Poisson z-score
/// ((observed - expected) / sqrt(expected + 1)), so a big tag doing its usual numbers scores about
/// zero while a small one suddenly busy scores high: rising beats merely large.
/// </summary>
public static class TrendScore
{
    /// <summary>Engagement is counted in slots of this length; windows and baselines are whole slots.</summary>
    public static readonly TimeSpan SlotLength = TimeSpan.FromMinutes(10);

    public static readonly TimeSpan Baseline = TimeSpan.FromDays(7);

    /// <summary>How long slots are kept: the longest window plus its baseline, and one slot of slack.</summary>
    public static readonly TimeSpan Retention = TrendWindow.Week.Length + Baseline + SlotLength;

    /// <summary>What posting a video with a tag (or sound) counts for, in views: using a tag is engagement with it.</summary>
    public const double PostWeight = 2;

    public static long SlotOf(DateTimeOffset at) => at.UtcTicks / SlotLength.Ticks;

    public static long Slots(TimeSpan length) => length.Ticks / SlotLength.Ticks;

    /// <summary>The window's activity and score from the key's slots (slot → weight); the window ends with <paramref name="nowSlot"/>.</summary>
    public static (double Recent, double Score) Of(IEnumerable<KeyValuePair<long, double>> slots, long nowSlot, TrendWindow window)
    {
        var windowSlots = Slots(window.Length);
        var baselineSlots = Slots(Baseline);
        double recent = 0, baseline = 0;
        foreach (var (slot, weight) in slots)
        {
            var age = nowSlot - slot;
            if (age < 0) continue;
            if (age < windowSlots) recent += weight;
            else if (age < windowSlots + baselineSlots) baseline += weight;
        }
        var expected = baseline * windowSlots / baselineSlots;
        return (recent, (recent - expected) / Math.Sqrt(expected + 1));
    }
}
