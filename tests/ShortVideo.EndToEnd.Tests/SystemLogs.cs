using System.Text.RegularExpressions;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace ShortVideo.EndToEnd.Tests;

/// <summary>
/// Keeps what every resource of the started system prints (one file per instance, so two
/// transcode replicas stay apart) under <c>TestResults/system-logs</c>, for reading after a failed
/// run: the services' own account of what happened, which a test's assertion message cannot give.
/// </summary>
public sealed partial class SystemLogs : IAsyncDisposable
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "system-logs");

    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<string, Task> _copies = [];
    private readonly Task _watching;

    public SystemLogs(DistributedApplication app)
    {
        Directory.CreateDirectory(Folder);
        foreach (var old in Directory.EnumerateFiles(Folder, "*.log")) File.Delete(old);
        var notifications = app.Services.GetRequiredService<ResourceNotificationService>();
        var logs = app.Services.GetRequiredService<ResourceLoggerService>();
        _watching = Task.Run(async () =>
        {
            await foreach (var update in notifications.WatchAsync(_stop.Token))
            {
                if (!_copies.ContainsKey(update.ResourceId)) _copies[update.ResourceId] = CopyAsync(logs, update.ResourceId, _stop.Token);
            }
        });
    }

    private static async Task CopyAsync(ResourceLoggerService logs, string resourceId, CancellationToken cancellationToken)
    {
        await using var file = new StreamWriter(Path.Combine(Folder, $"{resourceId}.log"), append: true) { AutoFlush = true };
        try
        {
            await foreach (var batch in logs.WatchAsync(resourceId).WithCancellation(cancellationToken))
            {
                foreach (var line in batch)
                {
                    // Lines come stamped with their time; the console logger's colours are left out.
                    var text = Colours().Replace(line.Content, "");
                    await file.WriteLineAsync(line.IsErrorMessage ? "stderr: " + text : text);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The system is stopping.
        }
    }

    /// <summary>Whether any instance of <paramref name="resource"/> has printed <paramref name="text"/> so far (for what only a log tells, such as an encode's end).</summary>
    public static bool Mentions(string resource, string text) =>
        Directory.EnumerateFiles(Folder, $"{resource}-*.log").Any(path =>
        {
            using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
            return reader.ReadToEnd().Contains(text, StringComparison.Ordinal);
        });

    [GeneratedRegex(@"\x1b\[[0-9;]*m")]
    private static partial Regex Colours();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        // The watching loop alone adds copies; once it has ended, the set of copies is final.
        try { await _watching; }
        catch (OperationCanceledException) { /* stopped on purpose */ }
        await Task.WhenAll(_copies.Values);
        _stop.Dispose();
    }
}
