using FFMpegCore;
using Microsoft.Extensions.Options;

namespace ShortVideo.SocialGraph.Avatars;

/// <summary>
/// Checks an uploaded image with ffprobe (one still image in the format its bytes claim, of a sane
/// size) and makes the avatar with ffmpeg: scaled to cover a square, centre-cropped, saved as JPEG.
/// Decoding happens only in ffmpeg, never in this process.
/// </summary>
public sealed class AvatarProcessor(IOptions<SocialGraphOptions> options)
{
    private static readonly Dictionary<string, string[]> Codecs = new()
    {
        ["jpeg"] = ["mjpeg"],
        ["png"] = ["png"],
        ["webp"] = ["webp"],
    };

    /// <summary>
    /// Null when the avatar was written to <paramref name="output"/>; otherwise what is wrong with the image, with its status: 415 when the
    /// file is not an image of its kind, 422 when it is one but too large or damaged.
    /// </summary>
    public async Task<(int Status, string Rule)?> ProcessAsync(string input, string format, string output, CancellationToken cancellationToken)
    {
        IMediaAnalysis probe;
        try
        {
            probe = await FFProbe.AnalyseAsync(input, cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return (StatusCodes.Status415UnsupportedMediaType, "The file could not be read as an image.");
        }
        var max = options.Value.MaxAvatarSourceSide;
        if (probe.VideoStreams.Count != 1 || probe.AudioStreams.Count > 0 || !Codecs[format].Contains(probe.PrimaryVideoStream!.CodecName))
        {
            return (StatusCodes.Status415UnsupportedMediaType, $"The file is not a single {format.ToUpperInvariant()} image.");
        }
        if (probe.PrimaryVideoStream.Width is < 1 || probe.PrimaryVideoStream.Height < 1 || probe.PrimaryVideoStream.Width > max || probe.PrimaryVideoStream.Height > max)
        {
            return (StatusCodes.Status422UnprocessableEntity, $"An avatar image is at most {max}x{max} pixels.");
        }
        return await EncodeAsync(input, output, options.Value.AvatarSize, cancellationToken) is { } damaged
            ? (StatusCodes.Status422UnprocessableEntity, damaged)
            : null;
    }

    private static async Task<string?> EncodeAsync(string input, string output, int size, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        try
        {
            await FFMpegArguments.FromFileInput(input)
                .OutputToFile(output, overwrite: true, o => o.WithCustomArgument(
                    $"-v error -nostats -frames:v 1 -vf scale={size}:{size}:force_original_aspect_ratio=increase,crop={size}:{size},format=yuvj420p -q:v 3 -f image2 -c:v mjpeg"))
                .NotifyOnStandardError(line => { if (!string.IsNullOrWhiteSpace(line)) errors.Add(line); })
                .CancellableThrough(cancellationToken)
                .ProcessAsynchronously(throwOnError: true);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            errors.Add(ex.Message.Split('\n')[0]);
        }
        return errors.Count > 0 ? "The image is damaged and could not be decoded: " + errors[0].Trim() : null;
    }
}
