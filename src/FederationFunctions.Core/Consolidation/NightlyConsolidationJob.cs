using FederationFunctions.Core.Ingestion;
using Microsoft.Extensions.Logging;

namespace FederationFunctions.Core.Consolidation;

/// <summary>
/// The nightly job (storage-layout-v1 steps 4 and 5): the reconciliation sweep, then a consolidation of every year
/// whose inputs changed since its last report, even when the sweep had failures (or failed as a whole). A failed year stays
/// marked and is tried again next time; the others still run. A year with no accepted reference is skipped (logged; it
/// stays marked and is consolidated once its reference is accepted). Two overlapping runs are harmless: every write they
/// make is complete on its own and newest-wins.
/// </summary>
public sealed partial class NightlyConsolidationJob(
    ReconciliationSweep sweep,
    YearChangeTracker changeTracker,
    ConsolidationService consolidation,
    ILogger<NightlyConsolidationJob> logger)
{
    public async Task<NightlyConsolidationSummary> RunAsync(CancellationToken cancellationToken)
    {
        ReconciliationSummary? swept = null;
        try
        {
            swept = await sweep.RunAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The sweep isolates each upload; what remains (the listing itself failing) must not cost the night its reports.
            LogSweepFailed(ex);
        }

        var changed = await changeTracker.ListChangedAsync(cancellationToken);
        LogChangedYears(changed.Count, string.Join(", ", changed.Select(c => c.Year)));

        var runs = new List<ConsolidationRun>();
        var failedYears = new List<int>();
        var skippedYears = new List<int>();
        foreach (var change in changed)
        {
            try
            {
                var attempt = await consolidation.TryRunAsync(change.Year, cancellationToken);
                if (attempt.Run is { } run)
                {
                    runs.Add(run);
                }
                else
                {
                    LogYearSkipped(change.Year, attempt.Refusal);
                    skippedYears.Add(change.Year);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogYearFailed(ex, change.Year);
                failedYears.Add(change.Year);
            }
        }

        return new NightlyConsolidationSummary(swept, runs, failedYears) { SkippedYears = skippedYears };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The reconciliation sweep failed; the years already marked are consolidated anyway")]
    private partial void LogSweepFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} year(s) changed since their last report: {Years}")]
    private partial void LogChangedYears(int count, string years);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Consolidation of {Year} skipped: no accepted reference for the year ({Reason}); it stays marked")]
    private partial void LogYearSkipped(int year, string? reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Consolidation of {Year} failed; the year stays marked and is retried next run")]
    private partial void LogYearFailed(Exception exception, int year);
}
