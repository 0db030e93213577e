using LiteDB;
using Microsoft.Extensions.Options;

namespace ShortVideo.Upload.Tus;

/// <summary>
/// Deletes abandoned uploads (tus expiration): unfinished ones whose Upload-Expires has passed, record
/// and bytes. A failed sweep is logged and tried again at the next tick.
/// </summary>
internal sealed class TusExpirySweeper(TusUploads uploads, IOptions<TusOptions> options, ILogger<TusExpirySweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval);
        do
        {
            try
            {
                var deleted = uploads.DeleteExpired();
                if (deleted > 0) logger.LogInformation("Deleted {Count} expired resumable uploads", deleted);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or LiteException)
            {
                logger.LogWarning(ex, "Sweeping expired resumable uploads failed; trying again later");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
