namespace FederationFunctions.Core.Consolidation;

/// <summary>The key figures of a consolidation run, as the API and the command line show them.</summary>
public sealed record ConsolidationSummary(
    int Year,
    DateTimeOffset ComputedAt,
    string ReportBlobName,
    string LatestReportBlobName,
    decimal? Members,
    decimal? Received,
    decimal? Rejected,
    decimal? Missing,
    decimal? CollectionRate,
    int Anomalies,
    long DurationMs)
{
    public static ConsolidationSummary From(ConsolidationRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var result = run.Result;
        return new ConsolidationSummary(
            result.Year,
            result.ComputedAt,
            run.Report.TimestampedBlobName,
            run.Report.LatestBlobName,
            result.Value("RESEAU.STRUCTURES", "FED"),
            result.Value("COLLECTE.RECUES", "FED"),
            result.Value("COLLECTE.REJETEES", "FED"),
            result.Value("COLLECTE.MANQUANTES", "FED"),
            result.Value("COLLECTE.TAUX", "FED"),
            result.Anomalies.Count,
            (long)run.Duration.TotalMilliseconds);
    }
}
