using ShortVideo.Transcode.Consumers;

namespace ShortVideo.Transcode.Tests;

public sealed class ProgressPublisherTests
{
    [Fact]
    public async Task Reports_in_quick_succession_send_only_the_first_and_flush_waits_for_it()
    {
        var sent = new List<double>();
        var gate = new TaskCompletionSource();
        var progress = new ProgressPublisher(async value =>
        {
            await gate.Task;
            sent.Add(value);
        });

        progress.Report(0);
        progress.Report(0.5);
        progress.Report(1);
        var flushed = progress.FlushAsync();
        Assert.False(flushed.IsCompleted);
        gate.SetResult();
        await flushed;

        Assert.Equal([0.0], sent);
    }

    [Fact]
    public async Task A_failing_publish_does_not_fail_the_encode()
    {
        var progress = new ProgressPublisher(_ => throw new InvalidOperationException("broker down"));

        progress.Report(0);

        await progress.FlushAsync();
    }
}
