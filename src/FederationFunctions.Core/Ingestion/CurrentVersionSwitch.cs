using System.Globalization;
using FederationFunctions.Core.Storage;
using FederationFunctions.Core.Validation;
using Microsoft.Extensions.Logging;

namespace FederationFunctions.Core.Ingestion;

/// <summary>
/// Makes an accepted upload its slot's current version: rows first (idempotent upserts), pointer last (optimistic concurrency),
/// and only when it is later (by blob upload time) than the current one. Safe to run twice and concurrently.
/// </summary>
public sealed partial class CurrentVersionSwitch
{
    private const int MaxAttempts = 20;
    private readonly CurrentVersionStore _pointers;
    private readonly UploadLedger _ledger;
    private readonly IIngestionFaultInjector _faults;
    private readonly ILogger<CurrentVersionSwitch> _logger;

    public CurrentVersionSwitch(CurrentVersionStore pointers, UploadLedger ledger, IIngestionFaultInjector faults, ILogger<CurrentVersionSwitch> logger)
    {
        ArgumentNullException.ThrowIfNull(pointers);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(faults);
        ArgumentNullException.ThrowIfNull(logger);
        _pointers = pointers;
        _ledger = ledger;
        _faults = faults;
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
        var uploadId = upload.UploadId;
        var ledgerPartition = UploadLedger.PartitionKeyOf(upload.Container, upload.BlobName);
        var ledgerRow = UploadLedger.RowKeyOf(upload);
        StoredRows? stored = null;

        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var current = await _pointers.GetAsync(year, structureCode, cancellationToken).ConfigureAwait(false);
            if (current is not null && current.UploadId == uploadId)
            {
                // A retry after the switch: finish what the first run may not have done.
                if (current.PreviousLedgerPartition is not null && current.PreviousLedgerRow is not null)
                {
                    await _ledger.MarkReplacedAsync(current.PreviousLedgerPartition, current.PreviousLedgerRow, cancellationToken).ConfigureAwait(false);
                }

                LogAlreadyCurrent(upload.BlobName, year);
                return new VersionDecision(validated, true, stored?.TruncatedTexts ?? 0);
            }

            if (current is not null && string.Equals(current.ContentHash, contentHash, StringComparison.Ordinal))
            {
                LogDuplicate(upload.BlobName, current.BlobName, year);
                return new VersionDecision(UploadOutcome.Doublon, false, stored?.TruncatedTexts ?? 0);
            }

            if (current is not null && BlobUpload.CompareRecency(upload.UploadedAt, upload.VersionKey, current.UploadedAt, current.VersionKey) < 0)
            {
                LogOlderThanCurrent(upload.BlobName, upload.UploadedAt, current.BlobName, current.UploadedAt);
                return new VersionDecision(UploadOutcome.Remplacee, false, stored?.TruncatedTexts ?? 0);
            }

            if (stored is null)
            {
                stored = await writeRows(cancellationToken).ConfigureAwait(false);
                await _faults.BeforeCurrentSwitchAsync(upload, cancellationToken).ConfigureAwait(false);
            }

            var next = new CurrentVersion(
                year, structureCode, uploadId, upload.BlobName, upload.VersionKey, upload.UploadedAt, contentHash, rowsPartition,
                stored.RowCount, validated, counts.Errors, counts.Warnings, ledgerPartition, ledgerRow,
                current?.LedgerPartition, current?.LedgerRow, default);
            if (await _pointers.TrySwitchAsync(current, next, cancellationToken).ConfigureAwait(false))
            {
                LogSwitched(upload.BlobName, year, structureCode ?? "référentiel", current?.BlobName);
                if (current is not null)
                {
                    await _ledger.MarkReplacedAsync(current.LedgerPartition, current.LedgerRow, cancellationToken).ConfigureAwait(false);
                }

                return new VersionDecision(validated, true, stored.TruncatedTexts);
            }

            LogConflict(upload.BlobName, year, attempt + 1);
        }

        throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Could not switch the current version of {upload.BlobName} after {MaxAttempts} attempts."));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{BlobName} is already the current version for {Year}")]
    private partial void LogAlreadyCurrent(string blobName, int year);

    [LoggerMessage(Level = LogLevel.Information, Message = "{BlobName} has the same content as the current version {CurrentBlobName} for {Year}: Doublon")]
    private partial void LogDuplicate(string blobName, string currentBlobName, int year);

    [LoggerMessage(Level = LogLevel.Information, Message = "{BlobName} uploaded at {UploadedAt} is older than the current {CurrentBlobName} uploaded at {CurrentUploadedAt}: Remplacée")]
    private partial void LogOlderThanCurrent(string blobName, DateTimeOffset uploadedAt, string currentBlobName, DateTimeOffset currentUploadedAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "{BlobName} is now the current version for {Year} of {Slot} (replacing {PreviousBlobName})")]
    private partial void LogSwitched(string blobName, int year, string slot, string? previousBlobName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Current version of {Year} changed while switching to {BlobName} (attempt {Attempt}); deciding again")]
    private partial void LogConflict(string blobName, int year, int attempt);
}
