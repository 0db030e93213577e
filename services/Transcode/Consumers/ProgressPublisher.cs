using System.Diagnostics;
using ShortVideo.Transcode.Domain;

namespace ShortVideo.Transcode.Consumers;

/// <summary>
/// Turns the encoder's progress into events through a <see cref="ProgressThrottle"/>. They go
/// straight to the bus, not through the outbox: they are ephemeral, and a lost or failed one only
/// leaves a progress bar behind, so its failure never fails the encode.
/// </summary>
public sealed class ProgressPublisher(Func<double, Task> publish) : IProgress<double>
{
    private readonly ProgressThrottle _throttle = new(TimeSpan.FromSeconds(1), 0.05);
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

    /// <summary>Completes once every event reported so far has been handed to the bus, so none trails the outcome.</summary>
    public Task FlushAsync()
    {
        lock (_lock) return _sending;
    }

    private async Task SendAfterAsync(Task previous, double progress)
    {
        await previous;
        try
        {
            await publish(progress);
        }
        catch (Exception)
        {
            // Informational only (see the contract): nothing to retry and nothing to fail.
        }
    }
}
