namespace FederationFunctions.Cli.Hosting;

/// <summary>How often the local host sweeps, and when it consolidates.</summary>
/// <param name="Interval">Time between two sweeps (the local stand-in for the blob trigger).</param>
/// <param name="Schedule">The consolidation schedule (setting <c>ConsolidationSchedule</c>, default <see cref="DefaultSchedule"/>).</param>
public sealed record LocalPipelineLoopOptions(TimeSpan Interval, CronSchedule Schedule)
{
    /// <summary>The setting that holds the consolidation schedule (the Functions timer's <c>%ConsolidationSchedule%</c>).</summary>
    public const string ScheduleSetting = "ConsolidationSchedule";

    /// <summary>Every day at 02:00:00 UTC.</summary>
    public const string DefaultSchedule = "0 0 2 * * *";
}
