namespace ShortVideo.Upload.Storage;

public static class VideoStatus
{
    public const string Processing = "processing";
    public const string Ready = "ready";
    public const string Failed = "failed";
}
