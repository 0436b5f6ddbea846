using FederationFunctions.Core.Storage;
using FederationFunctions.Core.Validation;
using Microsoft.Extensions.Logging;

namespace FederationFunctions.Core.Ingestion;

/// <summary>
/// Makes an accepted upload its slot's current version when it is the latest upload by blob upload time, whatever the order
/// in which uploads are ingested and whatever their content: rows first (idempotent upserts), pointer last (optimistic
/// concurrency, retried with backoff and jitter). A later upload with the current content takes the pointer over and keeps
/// the rows (<c>Doublon</c>); an earlier upload arriving late is <c>Remplacée</c>. Safe to run twice and concurrently.
/// </summary>
public sealed partial class CurrentVersionSwitch
{
    private readonly CurrentVersionStore _pointers;
    private readonly UploadLedger _ledger;
    private readonly ILogger<CurrentVersionSwitch> _logger;

    public CurrentVersionSwitch(CurrentVersionStore pointers, UploadLedger ledger, ILogger<CurrentVersionSwitch> logger)
    {
        ArgumentNullException.ThrowIfNull(pointers);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(logger);
        _pointers = pointers;
        _ledger = ledger;
        _logger = logger;
    }

    /// <param name="upload">The blob version.</param>
    /// <param name="year">The slot's year.</param>
    /// <param name="structureCode">The slot's structure, or null for the year's reference.</param>
    /// <param name="contentHash">SHA-256 of the content.</param>
    /// <param name="validated">The checker's outcome (accepted, with or without warnings).</param>
    /// <param name="counts">Error and warning counts of the check.</param>
    /// <param name="rowsPartition">The partition the version's rows go to.</param>
    /// <param name="writeRows">Writes the version's rows into <paramref name="rowsPartition"/> (idempotent).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<VersionDecision> ApplyAsync(
        BlobUpload upload,
        int year,
        string? structureCode,
        string contentHash,
        UploadOutcome validated,
        (int Errors, int Warnings) counts,
        string rowsPartition,
        Func<CancellationToken, Task<StoredRows>> writeRows,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(writeRows);
        var ledgerPartition = UploadLedger.PartitionKeyOf(upload.Container, upload.BlobName);
        var ledgerRow = UploadLedger.RowKeyOf(upload);
        StoredRows? stored = null;

        return await ConflictRetry.Pipeline.ExecuteAsync(
            async ct =>
            {
                var current = await _pointers.GetAsync(year, structureCode, ct).ConfigureAwait(false);
                var truncated = stored?.TruncatedTexts ?? 0;
                if (current is not null && current.LedgerPartition == ledgerPartition && current.LedgerRow == ledgerRow)
                {
                    // A retry after the switch (this upload's rows count, possibly under a later identical upload's name):
                    // finish what the first run may not have done.
                    if (current.PreviousLedgerPartition is not null && current.PreviousLedgerRow is not null)
                    {
                        await _ledger.MarkReplacedAsync(current.PreviousLedgerPartition, current.PreviousLedgerRow, ct).ConfigureAwait(false);
                    }

                    LogAlreadyCurrent(upload.BlobName, year);
                    return new VersionDecision(validated, true, truncated, current);
                }

                if (current is not null && current.UploadId == upload.UploadId)
                {
                    // A retry after this upload took the pointer over with the same content.
                    return new VersionDecision(UploadOutcome.Doublon, false, truncated, current);
                }

                if (current is not null && BlobUpload.CompareRecency(upload.UploadedAt, upload.VersionKey, current.UploadedAt, current.VersionKey) < 0)
                {
                    LogOlderThanCurrent(upload.BlobName, upload.UploadedAt, current.BlobName, current.UploadedAt);
                    return new VersionDecision(UploadOutcome.Remplacee, false, truncated, current);
                }

                if (current is not null && string.Equals(current.ContentHash, contentHash, StringComparison.Ordinal))
                {
                    // The latest upload has the current content: it takes the pointer over (its time decides what comes after)
                    // and the rows stay those already written.
                    var takenOver = current with { UploadId = upload.UploadId, BlobName = upload.BlobName, VersionKey = upload.VersionKey, UploadedAt = upload.UploadedAt };
                    if (!await _pointers.TrySwitchAsync(current, takenOver, ct).ConfigureAwait(false))
                    {
                        LogConflict(upload.BlobName, year);
                        throw ConflictRetry.Conflict("The current version");
                    }

                    LogDuplicate(upload.BlobName, current.BlobName, year);
                    return new VersionDecision(UploadOutcome.Doublon, false, truncated, takenOver);
                }

                stored ??= await writeRows(ct).ConfigureAwait(false);
                var next = new CurrentVersion(
                    Year: year,
                    StructureCode: structureCode,
                    UploadId: upload.UploadId,
                    BlobName: upload.BlobName,
                    VersionKey: upload.VersionKey,
                    UploadedAt: upload.UploadedAt,
                    ContentHash: contentHash,
                    RowsPartition: rowsPartition,
                    RowCount: stored.RowCount,
                    Outcome: validated,
                    ErrorCount: counts.Errors,
                    WarningCount: counts.Warnings,
                    LedgerPartition: ledgerPartition,
                    LedgerRow: ledgerRow,
                    PreviousLedgerPartition: current?.LedgerPartition,
                    PreviousLedgerRow: current?.LedgerRow,
                    ETag: default);
                if (!await _pointers.TrySwitchAsync(current, next, ct).ConfigureAwait(false))
                {
                    LogConflict(upload.BlobName, year);
                    throw ConflictRetry.Conflict("The current version");
                }

                LogSwitched(upload.BlobName, year, structureCode ?? "référentiel", current?.BlobName);
                if (current is not null)
                {
                    await _ledger.MarkReplacedAsync(current.LedgerPartition, current.LedgerRow, ct).ConfigureAwait(false);
                }

                return new VersionDecision(validated, true, stored.TruncatedTexts, next);
            },
            cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{BlobName} is already the current version for {Year}")]
    private partial void LogAlreadyCurrent(string blobName, int year);

    [LoggerMessage(Level = LogLevel.Information, Message = "{BlobName} has the same content as the current version {CurrentBlobName} for {Year} and is later: it takes the pointer over, Doublon")]
    private partial void LogDuplicate(string blobName, string currentBlobName, int year);

    [LoggerMessage(Level = LogLevel.Information, Message = "{BlobName} uploaded at {UploadedAt} is older than the current {CurrentBlobName} uploaded at {CurrentUploadedAt}: Remplacée")]
    private partial void LogOlderThanCurrent(string blobName, DateTimeOffset uploadedAt, string currentBlobName, DateTimeOffset currentUploadedAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "{BlobName} is now the current version for {Year} of {Slot} (replacing {PreviousBlobName})")]
    private partial void LogSwitched(string blobName, int year, string slot, string? previousBlobName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Current version of {Year} changed while switching to {BlobName}; deciding again after a backoff")]
    private partial void LogConflict(string blobName, int year);
}
