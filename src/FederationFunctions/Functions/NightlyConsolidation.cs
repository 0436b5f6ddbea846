using FederationFunctions.Core.Consolidation;
using Microsoft.Azure.Functions.Worker;

namespace FederationFunctions.Functions;

/// <summary>
/// Every night (<c>%ConsolidationSchedule%</c>, default <c>0 0 2 * * *</c>): the reconciliation sweep, then every year
/// whose inputs changed. A past-due run does the same work; overlapping runs are harmless (see docs/architecture.md).
/// </summary>
public sealed class NightlyConsolidation(NightlyConsolidationJob job)
{
    [Function(nameof(NightlyConsolidation))]
    public Task RunAsync(
        [TimerTrigger("%ConsolidationSchedule%", RunOnStartup = false)] TimerInfo timer,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        return job.RunAsync(cancellationToken);
    }
}
