namespace ShortVideo.Transcode.Domain;

/// <summary>One rung of the ladder: its folder name, frame size and bit rates.</summary>
public sealed record RenditionPlan(string Name, int Width, int Height, int VideoKbps, int AudioKbps)
{
    public int MaxKbps => VideoKbps * 107 / 100;

    public int BufferKbps => VideoKbps * 3 / 2;
}
