using System.Collections.Concurrent;
using FederationFunctions.Core.Consolidation;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FederationFunctions.Web.Consolidation;

/// <summary>
/// Runs a year's consolidation on demand, one at a time per year in this process: the staff button starts it in the
/// background (202) and a second request while it runs is refused (409); the JSON API runs it and waits. A run started here
/// survives the request, not the process: the nightly job recomputes any year still marked changed.
/// </summary>
public sealed partial class ConsolidationRunner(ConsolidationService consolidation, IHostApplicationLifetime lifetime, ILogger<ConsolidationRunner> logger)
{
    private readonly ConcurrentDictionary<int, Task> _running = new();

    public bool IsRunning(int year) => _running.ContainsKey(year);

    /// <summary>Starts the year's consolidation in the background; false when one is already running for that year.</summary>
    public bool TryStart(int year)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_running.TryAdd(year, gate.Task))
        {
            return false;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                var attempt = await consolidation.TryRunAsync(year, lifetime.ApplicationStopping).ConfigureAwait(false);
                if (attempt.Refusal is { } refusal)
                {
                    LogRefused(year, refusal);
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Logged and left for the nightly job: the year stays marked changed until a run completes.
                LogFailed(e, year);
            }
            finally
            {
                _running.TryRemove(year, out _);
                gate.SetResult();
            }
        });
        return true;
    }

    /// <summary>Runs the year's consolidation and waits for it (refused without an accepted reference); null when one is already running for that year.</summary>
    public async Task<ConsolidationAttempt?> TryRunAsync(int year, CancellationToken cancellationToken)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_running.TryAdd(year, gate.Task))
        {
            return null;
        }

        try
        {
            return await consolidation.TryRunAsync(year, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _running.TryRemove(year, out _);
            gate.SetResult();
        }
    }

    /// <summary>Waits for the year's running consolidation, if any (tests, shutdown).</summary>
    public Task WaitAsync(int year) => _running.TryGetValue(year, out var task) ? task : Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "On-demand consolidation of {Year} refused: {Refusal}")]
    private partial void LogRefused(int year, string refusal);

    [LoggerMessage(Level = LogLevel.Error, Message = "On-demand consolidation of {Year} failed; the nightly job will retry")]
    private partial void LogFailed(Exception exception, int year);
}
