using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

namespace ShortVideo.Benchmarks;

internal static class Shell
{
    public static void Run(string program, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true })!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} {arguments} exited {process.ExitCode}: {errors}");
    }

    public static TimeSpan Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed;
    }

    public static async Task<TimeSpan> TimeAsync(Func<Task> action)
    {
        var clock = Stopwatch.StartNew();
        await action();
        return clock.Elapsed;
    }

    /// <summary>
    /// CPU seconds used by this process's finished children (ffmpeg, ffprobe), from /proc/self/stat:
    /// unlike wall time it hardly moves when other work shares the machine.
    /// </summary>
    public static double ChildCpuSeconds()
    {
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // After the command name: field 16 (cutime) and 17 (cstime) are the 14th and 15th here.
        var ticks = long.Parse(fields[13], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[14], System.Globalization.CultureInfo.InvariantCulture);
        return ticks / 100.0;
    }

    /// <summary>The cores this process may run on now (Cpus_allowed_list in /proc/self/status, e.g. "0-1,4").</summary>
    public static IReadOnlyList<int> AllowedCores()
    {
        var list = File.ReadLines("/proc/self/status").First(l => l.StartsWith("Cpus_allowed_list:", StringComparison.Ordinal)).Split(':', 2)[1].Trim();
        return list.Split(',').SelectMany(range =>
        {
            var ends = range.Split('-').Select(e => int.Parse(e, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            return Enumerable.Range(ends[0], ends[^1] - ends[0] + 1);
        }).ToList();
    }

    /// <summary>CPU seconds a running process has used so far (utime + stime from /proc/PID/stat).</summary>
    public static double ProcessCpuSeconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
        return ticks / 100.0;
    }

    /// <summary>
    /// How often the threads of process <paramref name="pid"/> have gone to sleep and been woken so far (voluntary context switches, summed
    /// over its threads): a thread-pool worker that runs out of work parks, and each request that wakes one costs a switch.
    /// </summary>
    public static long ProcessSleeps(int pid)
    {
        long sleeps = 0;
        foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
        {
            try
            {
                var line = File.ReadLines(Path.Combine(task, "status")).FirstOrDefault(l => l.StartsWith("voluntary_ctxt_switches:", StringComparison.Ordinal));
                if (line is not null) sleeps += long.Parse(line["voluntary_ctxt_switches:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (IOException) { /* the thread has exited */ }
        }
        return sleeps;
    }

    /// <summary>The process running <paramref name="program"/> whose environment contains <paramref name="marker"/> (a run's own data root).</summary>
    public static int ProcessOf(string program, string marker)
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                var command = File.ReadAllText(Path.Combine(dir, "cmdline"));
                if (command.Split('\0')[0].EndsWith("/" + program, StringComparison.Ordinal) && File.ReadAllText(Path.Combine(dir, "environ")).Contains(marker, StringComparison.Ordinal)) return pid;
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        throw new InvalidOperationException($"no running {program} with {marker} in its environment");
    }

    /// <summary>
    /// Every service as deployed: in the Production environment (the Development one adds the developer exception
    /// page to every request) and reached at its own port, without the orchestrator's TCP proxy in front of it.
    /// Aspire's local orchestrator (DCP) otherwise relays every connection through a proxy of its own, one more
    /// hop per service that took a fifth of both cores during a large upload; a deployment has no such hop.
    /// </summary>
    public static void AsDeployed(IDistributedApplicationTestingBuilder builder)
    {
        foreach (var project in builder.Resources.OfType<ProjectResource>())
        {
            builder.CreateResourceBuilder(project).WithEnvironment("ASPNETCORE_ENVIRONMENT", "Production").WithEndpointProxySupport(false);
        }
    }

    public static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
