namespace FederationFunctions.Core.Consolidation;

/// <summary>One report blob, as listed by the API.</summary>
/// <param name="Year">The activity year.</param>
/// <param name="BlobName">The blob name in the reports container.</param>
/// <param name="IsLatest">True for <c>consolidation-{year}.xlsx</c>.</param>
/// <param name="ComputedAt">The computation time read from a timestamped name; for the latest copy, its last-modified time.</param>
public sealed record ReportInfo(int Year, string BlobName, bool IsLatest, DateTimeOffset? ComputedAt, long SizeBytes);
