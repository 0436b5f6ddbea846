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
            Year: result.Year,
            ComputedAt: result.ComputedAt,
            ReportBlobName: run.Report.TimestampedBlobName,
            LatestReportBlobName: run.Report.LatestBlobName,
            Members: result.Value("RESEAU.STRUCTURES", "FED"),
            Received: result.Value("COLLECTE.RECUES", "FED"),
            Rejected: result.Value("COLLECTE.REJETEES", "FED"),
            Missing: result.Value("COLLECTE.MANQUANTES", "FED"),
            CollectionRate: result.Value("COLLECTE.TAUX", "FED"),
            Anomalies: result.Anomalies.Count,
            DurationMs: (long)run.Duration.TotalMilliseconds);
    }
}
