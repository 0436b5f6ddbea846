using System.Collections.Concurrent;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Ingestion;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Validation;

namespace FederationFunctions.Core.Storage;

/// <summary>
/// Loads a year's consolidation inputs from Table Storage: the current reference, and per structure its current accepted
/// version (read only through the current-version pointer, so never a half-written version) and its latest upload.
/// </summary>
public sealed class TableConsolidationInputSource : IConsolidationInputSource
{
    private const int MaxParallelReads = 8;
    private readonly FederationStorage _storage;
    private readonly CurrentVersionStore _pointers;
    private readonly UploadLedger _ledger;
    private readonly CentreRowStore _centreRows;
    private readonly ReferenceRowStore _referenceRows;

    public TableConsolidationInputSource(
        FederationStorage storage, CurrentVersionStore pointers, UploadLedger ledger, CentreRowStore centreRows, ReferenceRowStore referenceRows)
    {
        _storage = storage ?? throw new ArgumentNullException(nameof(storage));
        _pointers = pointers ?? throw new ArgumentNullException(nameof(pointers));
        _ledger = ledger ?? throw new ArgumentNullException(nameof(ledger));
        _centreRows = centreRows ?? throw new ArgumentNullException(nameof(centreRows));
        _referenceRows = referenceRows ?? throw new ArgumentNullException(nameof(referenceRows));
    }

    public async Task<ConsolidationInput> LoadAsync(int year, CancellationToken cancellationToken)
    {
        await _storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);

        ReferenceWorkbook? reference = null;
        var referencePointer = await _pointers.GetAsync(year, null, cancellationToken).ConfigureAwait(false);
        if (referencePointer is not null)
        {
            reference = await _referenceRows.ReadAsync(referencePointer.RowsPartition, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidDataException($"The current reference of {year} points at rows that are missing ({referencePointer.RowsPartition}).");
        }

        var pointers = (await _pointers.ListCentresAsync(year, cancellationToken).ConfigureAwait(false))
            .ToDictionary(p => NormaliseCode(p.StructureCode!), StringComparer.Ordinal);

        var latestByCode = new Dictionary<string, UploadLedgerEntry>(StringComparer.Ordinal);
        foreach (var entry in await _ledger.ListContainerAsync(_storage.Options.UploadsContainer, cancellationToken).ConfigureAwait(false))
        {
            if (entry.StructureCode is not { Length: > 0 } folder || entry.Outcome == UploadOutcome.Doublon || !BelongsTo(entry, year))
            {
                continue;
            }

            var code = NormaliseCode(folder);
            if (!latestByCode.TryGetValue(code, out var latest)
                || BlobUpload.CompareRecency(entry.UploadedAt, VersionKeyOf(entry), latest.UploadedAt, VersionKeyOf(latest)) > 0)
            {
                latestByCode[code] = entry;
            }
        }

        var workbooks = new ConcurrentDictionary<string, CentreWorkbook>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(
            pointers,
            new ParallelOptions { MaxDegreeOfParallelism = MaxParallelReads, CancellationToken = cancellationToken },
            async (pair, ct) =>
            {
                var workbook = await _centreRows.ReadAsync(pair.Value.RowsPartition, ct).ConfigureAwait(false)
                    ?? throw new InvalidDataException($"The current version of {pair.Key} for {year} points at rows that are missing ({pair.Value.RowsPartition}).");
                workbooks[pair.Key] = workbook;
            }).ConfigureAwait(false);

        var submissions = pointers.Keys.Union(latestByCode.Keys)
            .Order(StringComparer.Ordinal)
            .Select(code =>
            {
                pointers.TryGetValue(code, out var pointer);
                latestByCode.TryGetValue(code, out var latest);
                return new CentreSubmission(
                    code,
                    pointer is null ? null : new UploadSummary(pointer.BlobName, pointer.UploadedAt, pointer.Outcome, pointer.ErrorCount, pointer.WarningCount),
                    pointer is null ? null : workbooks[code],
                    latest is null ? null : new UploadSummary(latest.BlobName, latest.UploadedAt, latest.Outcome, latest.ErrorCount, latest.WarningCount));
            })
            .ToList();

        return new ConsolidationInput(year, reference, submissions);
    }

    private static bool BelongsTo(UploadLedgerEntry entry, int year) =>
        entry.Year is { } known ? known == year : UnknownYearAttribution.Matches(entry.UploadedAt, year);

    private static string VersionKeyOf(UploadLedgerEntry entry) => string.IsNullOrEmpty(entry.VersionId) ? entry.ETag.Trim('"') : entry.VersionId;

    private static string NormaliseCode(string code) => code.Trim().ToUpperInvariant();
}
