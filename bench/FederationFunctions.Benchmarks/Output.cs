using System.Diagnostics;
using System.Globalization;

namespace FederationFunctions.Benchmarks;

/// <summary>Invariant-culture output lines and the figures every mode prints.</summary>
internal static class Output
{
    public static void Line(TextWriter output, string format, params object[] values) =>
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, format, values));

    public static double PeakWorkingSetMegabytes()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64 / (1024d * 1024d);
    }

    /// <summary>The machine's load averages (1, 5, 15 minutes) and core count, so that figures can be read against them.</summary>
    public static string MachineLoad()
    {
        var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
        return string.Format(CultureInfo.InvariantCulture, "load average {0} on {1} cores", load, Environment.ProcessorCount);
    }
}
