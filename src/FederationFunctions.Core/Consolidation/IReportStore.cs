namespace FederationFunctions.Core.Consolidation;

/// <summary>The consolidated workbooks in the <c>reports</c> container.</summary>
public interface IReportStore
{
    /// <summary>Uploads a report under its timestamped name, then as the year's latest. Returns both blob names.</summary>
    Task<StoredReport> SaveAsync(int year, DateTimeOffset computedAt, Stream workbook, CancellationToken cancellationToken);

    /// <summary>Every stored report, newest first within each year.</summary>
    Task<IReadOnlyList<ReportInfo>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Opens the year's latest report, or null when the year has none.</summary>
    Task<Stream?> OpenLatestAsync(int year, CancellationToken cancellationToken);
}
