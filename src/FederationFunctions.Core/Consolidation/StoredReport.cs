namespace FederationFunctions.Core.Consolidation;

/// <summary>Where a consolidation wrote its workbook.</summary>
/// <param name="TimestampedBlobName"><c>{year}/consolidation-{year}-{computedUtc:yyyyMMddTHHmmssZ}.xlsx</c>.</param>
/// <param name="LatestBlobName"><c>{year}/consolidation-{year}.xlsx</c>.</param>
public sealed record StoredReport(string TimestampedBlobName, string LatestBlobName, long SizeBytes);
