using ShortVideo.Transcode.Consumers;

namespace ShortVideo.Transcode.Tests;

public sealed class ProgressPublisherTests
{
    [Fact]
    public async Task Reports_in_quick_succession_send_only_the_first_and_flush_waits_for_it()
    {
        var sent = new List<double>();
        var gate = new TaskCompletionSource();
        var progress = new ProgressPublisher(async (value, _) =>
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
        var progress = new ProgressPublisher((_, _) => throw new InvalidOperationException("broker down"));

        progress.Report(0);

        await progress.FlushAsync();
    }

    [Fact]
    public async Task A_publish_the_broker_never_confirms_is_given_up_after_its_limit_and_is_told_so()
    {
        var cancelled = new TaskCompletionSource<bool>();
        // Never completes by itself, and does not listen to its token: the worst a transport can do.
        var progress = new ProgressPublisher((_, limit) =>
        {
            limit.Register(() => cancelled.TrySetResult(true));
            return new TaskCompletionSource().Task;
        }, sendLimit: TimeSpan.FromMilliseconds(200));

        progress.Report(0);

        // Without the limit neither ever completes; the minute only keeps a broken build from hanging.
        await progress.FlushAsync().WaitAsync(TimeSpan.FromMinutes(1));
        Assert.True(await cancelled.Task.WaitAsync(TimeSpan.FromMinutes(1)));
    }
}
