using System.Diagnostics;

namespace ShortVideo.SocialGraph.Tests;

/// <summary>Events travel asynchronously (consumers, the outbox dispatcher): reads converge rather than answer at once.</summary>
public static class Eventually
{
    public static async Task Async(Func<Task<bool>> condition, string what, int timeoutMs = 10_000)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.ElapsedMilliseconds > timeoutMs) Assert.Fail($"{what} did not happen within {timeoutMs} ms");
            await Task.Delay(50);
        }
    }

    public static Task Holds(Func<bool> condition, string what) => Async(() => Task.FromResult(condition()), what);
}
