namespace ShortVideo.Transcode.Domain;

/// <summary>
/// Picks which progress reports are worth an event: at most one a second and only after a step of
/// at least <c>minStep</c>, so a video costs about twenty events however long it encodes. Values
/// only rise, and stop at <see cref="Ceiling"/>: "done" is said by the outcome event, not by progress.
/// Not thread-safe; callers serialise.
/// </summary>
public sealed class ProgressThrottle(TimeSpan minInterval, double minStep)
{
    public const double Ceiling = 0.99;

    private double? _last;
    private TimeSpan _lastAt;

    public double? Next(double progress, TimeSpan now)
    {
        if (double.IsNaN(progress)) return null;
        var value = Math.Clamp(progress, 0, Ceiling);
        if (_last is { } last)
        {
            if (value <= last) return null;
            // The ceiling needs no full step, so a finishing encode still shows the bar nearly full.
            // The tolerance keeps 0.10 -> 0.15 a full step despite binary fractions.
            var stepped = value - last >= minStep - 1e-9 || value == Ceiling;
            if (!stepped || now - _lastAt < minInterval) return null;
        }
        (_last, _lastAt) = (value, now);
        return value;
    }
}
