using System.Diagnostics;
using FederationFunctions.Core.Validation;
using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Benchmarks;

/// <summary>Hidden mode run by <c>ingest</c> in a fresh process: reads and checks one file once, prints its time and the process's peak working set.</summary>
internal sealed class IngestOnceBenchmark(IReadOnlyList<string> arguments) : IBenchmark
{
    public const string Mode = "ingest-once";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var file = await File.ReadAllBytesAsync(arguments[0], cancellationToken);
        var baseline = Output.PeakWorkingSetMegabytes();
        var checker = new WorkbookChecker(new XlsxWorkbookReader());
        var started = Stopwatch.StartNew();
        var result = await IngestBenchmark.CheckAsync(checker, file, arguments[1], cancellationToken);
        var elapsed = started.Elapsed;
        Output.Line(output, "{0:F2} s, {1} ({2:N0} meetings), peak working set {3:F0} MB (process before the check: {4:F0} MB; target < 300 MB), {5:N0} MB allocated",
            elapsed.TotalSeconds, result.Outcome, result.Workbook?.Meetings.Count ?? 0, Output.PeakWorkingSetMegabytes(), baseline, GC.GetTotalAllocatedBytes(precise: false) / (1024d * 1024d));
    }
}
