using FederationFunctions.Core.Validation;

namespace FederationFunctions.Core.Ingestion;

/// <summary>What the ledger records about one upload (one blob version).</summary>
/// <param name="StructureCode">The folder's structure code for a centre upload (the first path segment, even when the path is rejected), else null.</param>
/// <param name="Year">The activity year when known: the workbook's for an accepted centre upload, the folder's for a reference upload.</param>
/// <param name="Reason">Why the upload was rejected before any check (path shape), or null.</param>
public sealed record UploadLedgerEntry(
    string Container,
    string BlobName,
    string? VersionId,
    string ETag,
    string UploadId,
    string ContentHash,
    long ContentLength,
    DateTimeOffset UploadedAt,
    string? StructureCode,
    int? Year,
    UploadOutcome Outcome,
    int ErrorCount,
    int WarningCount,
    string? FeedbackWorkbookPath,
    string? FeedbackJsonPath,
    DateTimeOffset ProcessedAt,
    TimeSpan ProcessingTime,
    string? Reason)
{
    public string FileName => BlobName[(BlobName.LastIndexOf('/') + 1)..];
}
