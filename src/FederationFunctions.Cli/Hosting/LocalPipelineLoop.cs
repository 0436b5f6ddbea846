using Azure;
using Microsoft.Extensions.Logging;

namespace FederationFunctions.Cli.Hosting;

/// <summary>
/// The local stand-in for the Functions host (<c>federation host</c>): every <see cref="LocalPipelineLoopOptions.Interval"/>
/// a reconciliation sweep (which ingests new uploads, like the blob trigger would), and at each time of the consolidation
/// schedule the nightly job. Runs until cancelled. A storage failure is logged and retried at the next tick.
/// </summary>
public sealed partial class LocalPipelineLoop
{
    private readonly Func<CancellationToken, Task<string?>> _sweep;
    private readonly Func<CancellationToken, Task<string?>> _scheduledJob;
    private readonly LocalPipelineLoopOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<LocalPipelineLoop> _logger;

    /// <param name="sweep">Runs one reconciliation sweep; returns a one-line summary for the log, or null when there is nothing to say (nothing new).</param>
    /// <param name="scheduledJob">Runs the scheduled consolidation; returns a one-line summary for the log, or null.</param>
    public LocalPipelineLoop(
        Func<CancellationToken, Task<string?>> sweep,
        Func<CancellationToken, Task<string?>> scheduledJob,
        LocalPipelineLoopOptions options,
        TimeProvider time,
        ILogger<LocalPipelineLoop> logger)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        ArgumentNullException.ThrowIfNull(scheduledJob);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _sweep = sweep;
        _scheduledJob = scheduledJob;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>How many sweeps ran (for tests and the final log line).</summary>
    public int SweepCount { get; private set; }

    /// <summary>How many scheduled jobs ran.</summary>
    public int ScheduledRunCount { get; private set; }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var next = _options.Schedule.NextAfter(_time.GetUtcNow());
        LogStarted(_options.Interval.TotalSeconds, _options.Schedule.Expression, next);
        while (!cancellationToken.IsCancellationRequested)
        {
            await RunStepAsync("sweep", _sweep, cancellationToken).ConfigureAwait(false);
            SweepCount++;
            if (next is { } due && _time.GetUtcNow() >= due && !cancellationToken.IsCancellationRequested)
            {
                await RunStepAsync("scheduled consolidation", _scheduledJob, cancellationToken).ConfigureAwait(false);
                ScheduledRunCount++;
                next = _options.Schedule.NextAfter(_time.GetUtcNow());
                LogNext(next);
            }

            try
            {
                await Task.Delay(_options.Interval, _time, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
        }

        LogStopped(SweepCount, ScheduledRunCount);
    }

    private async Task RunStepAsync(string step, Func<CancellationToken, Task<string?>> work, CancellationToken cancellationToken)
    {
        try
        {
            var summary = await work(cancellationToken).ConfigureAwait(false);
            if (summary is not null)
            {
                LogStep(step, summary);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LogInterrupted(step);
        }
        catch (Exception exception) when (exception is RequestFailedException or HttpRequestException or IOException or TimeoutException)
        {
            // What a retry can fix (storage restarting, network): the next tick tries again.
            LogFailed(exception, step);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Local host started: sweep every {IntervalSeconds} s, consolidation schedule {Schedule}, next at {Next:u}")]
    private partial void LogStarted(double intervalSeconds, string schedule, DateTimeOffset? next);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Step}: {Summary}")]
    private partial void LogStep(string step, string summary);

    [LoggerMessage(Level = LogLevel.Information, Message = "Next scheduled consolidation at {Next:u}")]
    private partial void LogNext(DateTimeOffset? next);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Step} interrupted by shutdown")]
    private partial void LogInterrupted(string step);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Step} failed; retrying at the next tick")]
    private partial void LogFailed(Exception exception, string step);

    [LoggerMessage(Level = LogLevel.Information, Message = "Local host stopped after {Sweeps} sweeps and {ScheduledRuns} scheduled consolidations")]
    private partial void LogStopped(int sweeps, int scheduledRuns);
}
