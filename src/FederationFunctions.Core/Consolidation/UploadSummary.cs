using FederationFunctions.Core.Validation;

namespace FederationFunctions.Core.Consolidation;

/// <summary>What the ledger says about one upload, as the consolidation needs it.</summary>
/// <param name="BlobName">The blob's name in its container, e.g. <c>59-LIL-001/activite-2023.xlsx</c>.</param>
/// <param name="UploadedAt">The blob's upload time (UTC), which orders versions.</param>
public sealed record UploadSummary(
    string BlobName,
    DateTimeOffset UploadedAt,
    UploadOutcome Outcome,
    int ErrorCount,
    int WarningCount);
