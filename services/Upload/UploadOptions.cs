namespace ShortVideo.Upload;

public sealed class UploadOptions
{
    public const string Section = "Upload";
    public const long DefaultMaxVideoBytes = 1L << 30;

    public long MaxVideoBytes { get; set; } = DefaultMaxVideoBytes;

    public int MaxCaptionLength { get; set; } = 2200;

    public long MaxSoundBytes { get; set; } = 50L << 20;

    public int MaxSoundSeconds { get; set; } = 600;
}
