using System.Diagnostics;
using FederationFunctions.Core.Ingestion;
using FederationFunctions.Core.Reports;
using Microsoft.Extensions.Logging;

namespace FederationFunctions.Core.Consolidation;

/// <summary>
/// Consolidates one year: loads the year's reference and current accepted workbooks, computes every indicator,
/// writes the consolidated workbook to <c>reports/{year}/</c> under both names, and stores the indicators.
/// The year's change mark is read before the inputs and cleared afterwards only up to what was read, so an upload
/// that lands during the run keeps the year marked for the next night.
/// </summary>
public sealed partial class ConsolidationService(
    IConsolidationInputSource inputSource,
    IIndicatorCalculator calculator,
    IConsolidatedWorkbookWriter workbookWriter,
    IReportStore reportStore,
    IIndicatorStore indicatorStore,
    YearChangeTracker changeTracker,
    TimeProvider timeProvider,
    ILogger<ConsolidationService> logger)
{
    public async Task<ConsolidationRun> RunAsync(int year, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var now = timeProvider.GetUtcNow();
        var computedAt = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        LogStarting(year);

        var changeCounter = await changeTracker.GetCounterAsync(year, cancellationToken);
        var input = await inputSource.LoadAsync(year, cancellationToken);
        var result = calculator.Calculate(input, computedAt);
        var previousYear = await indicatorStore.GetAsync(year - 1, cancellationToken);

        await using var workbook = new MemoryStream();
        workbookWriter.Write(result, previousYear, workbook);
        workbook.Position = 0;
        var report = await reportStore.SaveAsync(year, computedAt, workbook, cancellationToken);
        await indicatorStore.SaveAsync(result, cancellationToken);
        await changeTracker.MarkConsolidatedAsync(year, changeCounter, cancellationToken);

        stopwatch.Stop();
        LogCompleted(year, input.Submissions.Count, result.Indicators.Count, report.TimestampedBlobName, stopwatch.ElapsedMilliseconds);
        return new ConsolidationRun(result, report, stopwatch.Elapsed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Consolidation of {Year} starting")]
    private partial void LogStarting(int year);

    [LoggerMessage(Level = LogLevel.Information, Message = "Consolidation of {Year} done: {Submissions} structures read, {Indicators} indicators, report {ReportBlob} in {ElapsedMs} ms")]
    private partial void LogCompleted(int year, int submissions, int indicators, string reportBlob, long elapsedMs);
}
