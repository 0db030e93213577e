using System.Diagnostics;
using ShortVideo.Transcode.Domain;

namespace ShortVideo.Transcode.Consumers;

/// <summary>
/// Turns the encoder's progress into events through a <see cref="ProgressThrottle"/>. They go
/// straight to the bus, not through the outbox: they are ephemeral, and a lost or failed one only
/// leaves a progress bar behind, so it never fails or holds up the encode. Each send is given
/// <paramref name="sendLimit"/>: a broker that never confirms (a lost confirm, a blocked connection)
/// costs the job that long at most, where waiting on it would hold the job, and the worker's
/// only encode slot, for good.
/// </summary>
public sealed class ProgressPublisher(Func<double, CancellationToken, Task> publish, TimeSpan? sendLimit = null) : IProgress<double>
{
    public static readonly TimeSpan DefaultSendLimit = TimeSpan.FromSeconds(10);

    private readonly ProgressThrottle _throttle = new(TimeSpan.FromSeconds(1), 0.05);
    private readonly TimeSpan _limit = sendLimit ?? DefaultSendLimit;
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly Lock _lock = new();
    private Task _sending = Task.CompletedTask;

    public void Report(double value)
    {
        lock (_lock)
        {
            if (_throttle.Next(value, Stopwatch.GetElapsedTime(_started)) is not { } next) return;
            // ffmpeg reports from its own thread; chaining keeps the events in order without blocking it.
            _sending = SendAfterAsync(_sending, next);
        }
    }

    /// <summary>Completes once every event reported so far has been handed to the bus or given up, so none trails the outcome.</summary>
    public Task FlushAsync()
    {
        lock (_lock) return _sending;
    }

    private async Task SendAfterAsync(Task previous, double progress)
    {
        await previous;
        using var limit = new CancellationTokenSource(_limit);
        try
        {
            // The wait is bounded even if the transport ignores the token.
            await publish(progress, limit.Token).WaitAsync(limit.Token);
        }
        catch (Exception)
        {
            // Informational only (see the contract): nothing to retry and nothing to fail.
        }
    }
}
