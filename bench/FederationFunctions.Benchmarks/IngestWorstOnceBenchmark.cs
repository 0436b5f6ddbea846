using System.Diagnostics;
using FederationFunctions.Core.Ingestion;
using FederationFunctions.Core.Reports;
using FederationFunctions.Core.Storage;

namespace FederationFunctions.Benchmarks;

/// <summary>
/// Hidden mode run by <c>ingest-worst</c> in a fresh process: ingests one uploaded blob through <see cref="IsolatedIngestion"/>
/// (the trigger's path) and prints its time, outcome, feedback sizes and the process's peak working set (VmHWM) against the
/// 500 MB bound, with the largest managed heap seen (sampled every 20 ms).
/// </summary>
internal sealed class IngestWorstOnceBenchmark(IReadOnlyList<string> arguments) : IBenchmark
{
    public const string Mode = "ingest-worst-once";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var (connection, blobName) = (arguments[0], arguments[1]);
        await using var pipeline = PipelineServices.Build(connection);
        var storage = pipeline.Get<FederationStorage>();
        await storage.EnsureCreatedAsync(cancellationToken);
        var baseline = Output.PeakWorkingSetMegabytes();

        long largestHeap = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                largestHeap = Math.Max(largestHeap, GC.GetTotalMemory(forceFullCollection: false));
                await Task.Delay(20, CancellationToken.None);
            }
        }, CancellationToken.None);

        var started = Stopwatch.StartNew();
        var result = await pipeline.Get<IsolatedIngestion>().IngestAsync(storage.Options.UploadsContainer, blobName, cancellationToken);
        var elapsed = started.Elapsed;
        await sampling.CancelAsync();
        await sampler;
        var peak = Output.PeakWorkingSetMegabytes();

        var entry = result?.Result?.Entry;
        var workbookBytes = entry?.FeedbackWorkbookPath is { } workbook ? (await storage.Feedback.GetBlobClient(workbook).GetPropertiesAsync(cancellationToken: cancellationToken)).Value.ContentLength : 0;
        var jsonBytes = entry?.FeedbackJsonPath is { } json ? (await storage.Feedback.GetBlobClient(json).GetPropertiesAsync(cancellationToken: cancellationToken)).Value.ContentLength : 0;
        var counts = entry?.FeedbackJsonPath is { } path
            ? (await storage.Feedback.GetBlobClient(path).DownloadContentAsync(cancellationToken)).Value.Content.ToObjectFromJson<FeedbackJson>(FeedbackReportWriter.JsonSerializerOptions)!.IssueCounts ?? []
            : [];
        Output.Line(output, "{0:F1} s, {1}, {2:N0} errors, {3:N0} warnings{4}; feedback {5:N0} B workbook, {6:N0} B JSON; peak working set {7:F0} MB (process before the ingestion: {8:F0} MB; bound < 500 MB: {9}); largest managed heap seen {10:F0} MB, {11:N0} MB allocated; problems by code: {12}; {13}",
            elapsed.TotalSeconds,
            entry?.Outcome.ToString() ?? "not recorded",
            entry?.ErrorCount ?? 0,
            entry?.WarningCount ?? 0,
            result?.Failure is { } failure ? " (failed: " + failure.Reason + ")" : string.Empty,
            workbookBytes,
            jsonBytes,
            peak,
            baseline,
            peak < 500 ? "met" : "EXCEEDED",
            largestHeap / 1048576d,
            GC.GetTotalAllocatedBytes(precise: false) / 1048576d,
            counts.Count == 0 ? "none" : string.Join(", ", counts.Select(c => c.Code + " " + c.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            Output.MachineLoad());
    }
}
