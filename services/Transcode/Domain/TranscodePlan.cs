namespace ShortVideo.Transcode.Domain;

/// <summary>
/// Chooses the HLS ladder from the source: 1080, 720, 480 and 360 on the short side, each only
/// when the source is at least that large (never upscaled), keeping the source's orientation
/// and aspect ratio. A source smaller than the lowest rung gets one rendition at its own size.
/// </summary>
public static class TranscodePlan
{
    private static readonly (int ShortSide, int VideoKbps, int AudioKbps)[] Ladder =
    [
        (1080, 4500, 128),
        (720, 2500, 128),
        (480, 1200, 96),
        (360, 700, 96),
    ];

    public static IReadOnlyList<RenditionPlan> For(int width, int height)
    {
        if (width <= 0 || height <= 0) throw new ArgumentOutOfRangeException(nameof(width), "A video has a positive width and height.");
        var shortSide = Math.Min(width, height);
        var rungs = Ladder.Where(r => r.ShortSide <= shortSide)
            .Select(r => Scale(width, height, r.ShortSide, r.VideoKbps, r.AudioKbps))
            .ToList();
        if (rungs.Count == 0)
        {
            var (_, kbps, audio) = Ladder[^1];
            rungs.Add(Scale(width, height, Even(shortSide), kbps * shortSide / Ladder[^1].ShortSide, audio));
        }
        return rungs;
    }

    /// <summary>The even frame size with the given short side, keeping orientation and aspect ratio.</summary>
    public static (int Width, int Height) Fit(int width, int height, int shortSide)
    {
        var longSide = Even((int)Math.Round((double)Math.Max(width, height) * shortSide / Math.Min(width, height)));
        return height >= width ? (shortSide, longSide) : (longSide, shortSide);
    }

    private static RenditionPlan Scale(int width, int height, int shortSide, int videoKbps, int audioKbps)
    {
        var (w, h) = Fit(width, height, shortSide);
        return new RenditionPlan($"{shortSide}p", w, h, Math.Max(videoKbps, 100), audioKbps);
    }

    // H.264 with 4:2:0 chroma needs even dimensions.
    private static int Even(int value) => Math.Max(2, value - (value % 2));
}
