using System.Globalization;
using Azure.Data.Tables;
using FederationFunctions.Core.Ingestion;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Storage;
using FederationFunctions.Core.Validation;
using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Benchmarks;

/// <summary>
/// <c>ingest</c>: read and check (<see cref="WorkbookChecker"/> on the real <see cref="XlsxWorkbookReader"/>) a typical centre
/// workbook warm and one of 5,000 rows per sheet (also alone in a fresh process, for its peak working set); the reader's
/// throughput against a bare streaming pass; and the table requests one ingestion into Azurite sends for the rows it writes.
/// </summary>
internal sealed class IngestBenchmark : IBenchmark
{
    private const int TypicalWarmUp = 20;
    private const int TypicalIterations = 200;
    private const int LargeWarmUp = 2;
    private const int LargeIterations = 10;
    private const int LargeRows = 5_000;

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        Output.Line(output, "ingest benchmark, {0}", Output.MachineLoad());
        var reference = BenchWorkbooks.Reference(180);
        // Two members: each workbook is the only upload of its structure, so both become current when ingested.
        var members = reference.Structures.Where(s => s.IsMember).Take(2).ToList();
        var typicalWorkbook = BenchWorkbooks.Sized(reference, members[0], 0, meetings: 20, trainings: 20, programmes: 15);
        var typical = BenchWorkbooks.Write(typicalWorkbook);
        var large = BenchWorkbooks.Write(BenchWorkbooks.Sized(reference, members[1], 1, LargeRows, LargeRows, LargeRows));
        var code = members[0].Code;
        var largeCode = members[1].Code;
        var checker = new WorkbookChecker(new XlsxWorkbookReader());
        var reader = new XlsxWorkbookReader();

        var typicalCheck = await CheckAsync(checker, typical, code, cancellationToken);
        Output.Line(output, "typical workbook: {0:N0} bytes, 4 sheets, {1} data rows (20 meetings, 20 trainings, 15 programme rows, 8 structure lines); checked: {2}, {3} errors, {4} warnings",
            typical.Length, 55 + 8, typicalCheck.Outcome, typicalCheck.ErrorCount, typicalCheck.WarningCount);
        var typicalTiming = (await Measurement.MeasureInterleavedAsync([() => CheckAsync(checker, typical, code, cancellationToken)], TypicalWarmUp, TypicalIterations))[0];
        Output.Line(output, "typical read + check, warm: median {0:F2} ms, p95 {1:F2} ms, min {2:F2} ms, {3:N0} bytes allocated per run ({4} runs; target < 30 ms)",
            typicalTiming.MedianMilliseconds, typicalTiming.P95Milliseconds, typicalTiming.MinimumMilliseconds, typicalTiming.AllocatedBytesPerRun, TypicalIterations);

        var largeCheck = await CheckAsync(checker, large, largeCode, cancellationToken);
        Output.Line(output, "large workbook: {0:N0} bytes, 4 sheets x {1:N0} data rows; checked: {2}, {3} errors, {4} warnings",
            large.Length, LargeRows, largeCheck.Outcome, largeCheck.ErrorCount, largeCheck.WarningCount);
        foreach (var issue in largeCheck.Issues.Where(i => i.Severity == Severity.Error).Take(3))
        {
            Output.Line(output, "  error: {0} {1} row {2}: {3}", issue.Code, issue.Sheet ?? string.Empty, issue.Row ?? 0, issue.Message);
        }

        var largeTimings = await Measurement.MeasureInterleavedAsync(
            [
                () => CheckAsync(checker, large, largeCode, cancellationToken),
                () => ReadAsync(reader, large, cancellationToken),
            ],
            LargeWarmUp,
            LargeIterations);
        var (largeCheckTiming, largeRead) = (largeTimings[0], largeTimings[1]);
        Output.Line(output, "large read + check, warm: median {0:F0} ms, p95 {1:F0} ms, {2:N0} MB allocated per run ({3} runs; target < 2 s)",
            largeCheckTiming.MedianMilliseconds, largeCheckTiming.P95Milliseconds, largeCheckTiming.AllocatedBytesPerRun / (1024d * 1024d), LargeIterations);
        Output.Line(output, "large read only:          median {0:F0} ms, min {1:F0} ms", largeRead.MedianMilliseconds, largeRead.MinimumMilliseconds);

        var largeFile = Path.Combine(Path.GetTempPath(), "ff-bench-large-" + Guid.NewGuid().ToString("N") + ".xlsx");
        await File.WriteAllBytesAsync(largeFile, large, cancellationToken);
        try
        {
            var fresh = await ScriptRunner.RunSelfAsync([IngestOnceBenchmark.Mode, largeFile, largeCode], cancellationToken);
            output.Write("large read + check in a fresh process (cold): " + fresh);
        }
        finally
        {
            File.Delete(largeFile);
        }

        await using var azurite = await AzuriteHost.StartAsync(cancellationToken);
        await using var pipeline = PipelineServices.Build(azurite.ConnectionString);
        await MeasureBatchingAsync(output, pipeline, code, "typical", typical, cancellationToken);
        await MeasureBatchingAsync(output, pipeline, largeCode, "large", large, cancellationToken);
    }

    /// <summary>Uploads the workbook, ingests it through <see cref="IngestionService"/> and prints the requests it sent against the rows it wrote.</summary>
    private static async Task MeasureBatchingAsync(TextWriter output, PipelineServices pipeline, string code, string label, byte[] file, CancellationToken cancellationToken)
    {
        var storage = pipeline.Get<FederationStorage>();
        await storage.EnsureCreatedAsync(cancellationToken);
        var blobName = code + "/activite-" + label + "-" + BenchWorkbooks.Year.ToString(CultureInfo.InvariantCulture) + ".xlsx";
        await storage.Uploads.GetBlobClient(blobName).UploadAsync(new BinaryData(file), overwrite: true, cancellationToken);
        var rowsBefore = await CountEntitiesAsync(storage.CentreRows, cancellationToken);

        pipeline.TableRequests.Reset();
        pipeline.BlobRequests.Reset();
        var started = System.Diagnostics.Stopwatch.StartNew();
        var result = await pipeline.Get<IngestionService>().IngestAsync(storage.Options.UploadsContainer, blobName, cancellationToken)
            ?? throw new InvalidOperationException("The uploaded blob vanished.");
        var elapsed = started.Elapsed;
        var tableRequests = pipeline.TableRequests.Requests;
        var batches = pipeline.TableRequests.Batches;
        var blobRequests = pipeline.BlobRequests.Requests;
        var rows = await CountEntitiesAsync(storage.CentreRows, cancellationToken) - rowsBefore;
        Output.Line(output, "ingestion of the {0} workbook into Azurite: {1}, {2:F2} s; {3:N0} centre-row entities written; {4:N0} table requests of which {5:N0} batches ({6:F1} rows per table request); {7:N0} blob requests",
            label, result.Entry.Outcome, elapsed.TotalSeconds, rows, tableRequests, batches, rows / (double)Math.Max(1, tableRequests), blobRequests);
    }

    private static async Task<long> CountEntitiesAsync(TableClient table, CancellationToken cancellationToken)
    {
        long count = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(select: ["PartitionKey"], cancellationToken: cancellationToken))
        {
            count++;
        }

        return count;
    }

    internal static Task<ValidationResult<CentreWorkbook>> CheckAsync(WorkbookChecker checker, byte[] file, string code, CancellationToken cancellationToken) =>
        checker.CheckCentreWorkbookAsync(new MemoryStream(file, writable: false), "activite-2025.xlsx", code, cancellationToken);

    private static async Task ReadAsync(XlsxWorkbookReader reader, byte[] file, CancellationToken cancellationToken)
    {
        var result = await reader.ReadAsync(new MemoryStream(file, writable: false), "activite-2025.xlsx", cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The benchmark workbook was refused: " + result.Refusal.Message);
        }
    }
}
