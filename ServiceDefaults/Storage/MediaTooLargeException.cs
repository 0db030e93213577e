namespace ShortVideo.ServiceDefaults.Storage;

public sealed class MediaTooLargeException(long maxBytes) : Exception($"The file is larger than the limit of {maxBytes} bytes.")
{
    public long MaxBytes { get; } = maxBytes;
}
