using Azure;
using FederationFunctions.Core.Validation;

namespace FederationFunctions.Core.Ingestion;

/// <summary>The pointer to the current accepted version of a slot (a structure's workbook for a year, or a year's reference).</summary>
/// <param name="Year">The activity year.</param>
/// <param name="StructureCode">The structure code, or null for the year's reference.</param>
/// <param name="UploadId">The current upload's id (<see cref="BlobUpload.UploadId"/>).</param>
/// <param name="VersionKey">The current upload's version id or ETag (tie-break of equal upload times).</param>
/// <param name="RowsPartition">The partition holding the current version's normalised rows.</param>
/// <param name="RowCount">How many rows that partition holds (all written before the switch).</param>
/// <param name="LedgerPartition">The current upload's ledger partition.</param>
/// <param name="LedgerRow">The current upload's ledger row.</param>
/// <param name="PreviousLedgerPartition">The upload this one replaced (to mark it <c>Remplacée</c>, again on retry), or null.</param>
/// <param name="ETag">The pointer entity's ETag (optimistic concurrency); default for a pointer not stored yet.</param>
public sealed record CurrentVersion(
    int Year,
    string? StructureCode,
    string UploadId,
    string BlobName,
    string VersionKey,
    DateTimeOffset UploadedAt,
    string ContentHash,
    string RowsPartition,
    int RowCount,
    UploadOutcome Outcome,
    int ErrorCount,
    int WarningCount,
    string LedgerPartition,
    string LedgerRow,
    string? PreviousLedgerPartition,
    string? PreviousLedgerRow,
    ETag ETag);
