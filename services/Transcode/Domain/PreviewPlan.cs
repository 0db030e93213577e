namespace ShortVideo.Transcode.Domain;

/// <summary>
/// The animated preview shown while a feed scrolls: the first seconds, small and at a low frame
/// rate, looping. The start rather than the middle, because that is what plays when it is tapped.
/// </summary>
public sealed record PreviewPlan(int Width, int Height, int FrameRate, double Seconds)
{
    public const int ShortSide = 240;

    public static PreviewPlan For(int width, int height)
    {
        if (width <= 0 || height <= 0) throw new ArgumentOutOfRangeException(nameof(width), "A video has a positive width and height.");
        var shortSide = Math.Min(ShortSide, Math.Min(width, height));
        var (w, h) = TranscodePlan.Fit(width, height, shortSide - (shortSide % 2));
        return new PreviewPlan(w, h, 12, 3);
    }
}
