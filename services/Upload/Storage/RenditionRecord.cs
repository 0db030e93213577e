namespace ShortVideo.Upload.Storage;

public sealed class RenditionRecord
{
    public int Width { get; set; }

    public int Height { get; set; }

    public long Bandwidth { get; set; }

    public string PlaylistPath { get; set; } = "";
}
