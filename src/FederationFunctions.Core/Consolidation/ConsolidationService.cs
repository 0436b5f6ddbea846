using System.Diagnostics;
using FederationFunctions.Core.Ingestion;
using FederationFunctions.Core.Reports;
using Microsoft.Extensions.Logging;

namespace FederationFunctions.Core.Consolidation;

/// <summary>
/// Consolidates one year: loads the year's reference and current accepted workbooks, computes every indicator,
/// writes the consolidated workbook to <c>reports/{year}/</c> under both names, and stores the indicators.
/// The year's change mark is read before the inputs and cleared afterwards only up to what was read, so an upload
/// that lands during the run keeps the year marked for the next night. A year with no accepted reference is refused
/// (<see cref="TryRunAsync"/>): nothing is written, and the year stays marked.
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
    /// <summary>Consolidates the year; throws <see cref="InvalidOperationException"/> when it is refused (no accepted reference).</summary>
    public async Task<ConsolidationRun> RunAsync(int year, CancellationToken cancellationToken)
    {
        var attempt = await TryRunAsync(year, cancellationToken);
        return attempt.Run ?? throw new InvalidOperationException("Consolidation refusée : " + attempt.Refusal);
    }

    /// <summary>Consolidates the year, or refuses when it has no accepted reference (nothing is written then).</summary>
    public async Task<ConsolidationAttempt> TryRunAsync(int year, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var now = timeProvider.GetUtcNow();
        var computedAt = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        LogStarting(year);

        var changeCounter = await changeTracker.GetCounterAsync(year, cancellationToken);
        var input = await inputSource.LoadAsync(year, cancellationToken);
        if (input.Reference is null)
        {
            LogRefusedWithoutReference(year);
            return ConsolidationAttempt.WithoutReference(year);
        }

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
        return new ConsolidationAttempt(year, new ConsolidationRun(result, report, stopwatch.Elapsed), null);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Consolidation of {Year} refused: no accepted reference for the year; nothing written, the year stays marked")]
    private partial void LogRefusedWithoutReference(int year);

    [LoggerMessage(Level = LogLevel.Information, Message = "Consolidation of {Year} starting")]
    private partial void LogStarting(int year);

    [LoggerMessage(Level = LogLevel.Information, Message = "Consolidation of {Year} done: {Submissions} structures read, {Indicators} indicators, report {ReportBlob} in {ElapsedMs} ms")]
    private partial void LogCompleted(int year, int submissions, int indicators, string reportBlob, long elapsedMs);
}
