using System.Diagnostics;
using System.Globalization;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Reports;

namespace FederationFunctions.Benchmarks;

/// <summary>
/// Hidden mode run by <c>consolidate</c> in a fresh process: one <see cref="ConsolidationService.RunAsync"/> (cold, as the
/// nightly job runs it), its time and the process's peak working set; then, warm, the time of each of its sections.
/// </summary>
internal sealed class ConsolidateOnceBenchmark(IReadOnlyList<string> arguments) : IBenchmark
{
    public const string Mode = "consolidate-once";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var year = int.Parse(arguments[1], CultureInfo.InvariantCulture);
        await using var pipeline = PipelineServices.Build(arguments[0]);
        var service = pipeline.Get<ConsolidationService>();

        var started = Stopwatch.StartNew();
        var run = await service.RunAsync(year, cancellationToken);
        var elapsed = started.Elapsed;
        Output.Line(output, "  ConsolidationService.RunAsync (fresh process): {0:F2} s, peak working set {1:F0} MB, report {2:N0} bytes ({3}), {4:N0} indicators, {5:N0} completeness rows, {6:N0} anomalies; {7:N0} table requests, {8:N0} blob requests",
            elapsed.TotalSeconds, Output.PeakWorkingSetMegabytes(), run.Report.SizeBytes, run.Report.LatestBlobName, run.Result.Indicators.Count,
            run.Result.Completeness.Count, run.Result.Anomalies.Count, pipeline.TableRequests.Requests, pipeline.BlobRequests.Requests);

        // The same steps again, warm, one by one (Stopwatch sections: where the time goes).
        var sections = Stopwatch.StartNew();
        var input = await pipeline.Get<IConsolidationInputSource>().LoadAsync(year, cancellationToken);
        var load = sections.Elapsed;
        sections.Restart();
        var result = pipeline.Get<IIndicatorCalculator>().Calculate(input, run.Result.ComputedAt);
        var calculate = sections.Elapsed;
        sections.Restart();
        await using var workbook = new MemoryStream();
        pipeline.Get<IConsolidatedWorkbookWriter>().Write(result, [], workbook);
        var write = sections.Elapsed;
        sections.Restart();
        await pipeline.Get<IIndicatorStore>().SaveAsync(result, cancellationToken);
        var store = sections.Elapsed;
        Output.Line(output, "  sections, warm: load input {0:F2} s ({1:N0} submissions), calculate {2:F2} s, write workbook {3:F2} s, store indicators {4:F2} s",
            load.TotalSeconds, input.Submissions.Count, calculate.TotalSeconds, write.TotalSeconds, store.TotalSeconds);
    }
}
