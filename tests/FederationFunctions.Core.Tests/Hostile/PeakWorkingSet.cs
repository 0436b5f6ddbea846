using System.Diagnostics;

namespace FederationFunctions.Core.Tests.Hostile;

/// <summary>
/// The process's peak working set (VmHWM on Linux), which a test can reset (writing 5 to <c>/proc/self/clear_refs</c>)
/// so that it measures the peak of what it does rather than of everything the process did before. Where it cannot be
/// reset, the figure is the peak since the process started: an upper bound, never an under-estimate.
/// </summary>
internal static class PeakWorkingSet
{
    private const string ClearRefs = "/proc/self/clear_refs";

    public static void Reset()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists(ClearRefs))
        {
            return;
        }

        try
        {
            File.WriteAllText(ClearRefs, "5");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Not allowed here (some sandboxes): the peak since the process started is read instead.
        }
    }

    public static long Read()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64;
    }
}
