using Azure;
using Azure.Data.Tables;
using FederationFunctions.Core.Storage;
using FederationFunctions.Core.Validation;
using Microsoft.Extensions.Logging;

namespace FederationFunctions.Core.Ingestion;

/// <summary>
/// The ledger of every upload ever seen. PartitionKey = <c>{container}|{first folder}</c> (a structure's history, or a
/// reference year's), RowKey = <c>{blob name}|{version id or ETag}</c>, both escaped by <see cref="TableKeys"/>.
/// </summary>
public sealed partial class UploadLedger
{
    private const int MaxRowKeyLength = 700;
    private const string FailuresPrefix = "~failed" + "|";
    private readonly FederationStorage _storage;
    private readonly ILogger<UploadLedger> _logger;

    public UploadLedger(FederationStorage storage, ILogger<UploadLedger> logger)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(logger);
        _storage = storage;
        _logger = logger;
    }

    /// <summary>The ledger partition of a blob: its container and first folder (empty for a blob at the container's root).</summary>
    public static string PartitionKeyOf(string container, string blobName)
    {
        ArgumentNullException.ThrowIfNull(blobName);
        var slash = blobName.IndexOf('/', StringComparison.Ordinal);
        return TableKeys.Compose(container, slash < 0 ? string.Empty : blobName[..slash]);
    }

    /// <summary>The ledger row of a blob version.</summary>
    public static string RowKeyOf(BlobUpload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var key = TableKeys.Compose(upload.BlobName, upload.VersionKey);
        return key.Length <= MaxRowKeyLength ? key : string.Concat(key.AsSpan(0, MaxRowKeyLength - 34), "~", upload.UploadId);
    }

    /// <summary>The ledger entry of a blob version, or null when it was never recorded.</summary>
    public async Task<UploadLedgerEntry?> GetAsync(BlobUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var response = await _storage.Ledger.GetEntityIfExistsAsync<TableEntity>(
            PartitionKeyOf(upload.Container, upload.BlobName), RowKeyOf(upload), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue && response.Value is not null ? FromEntity(response.Value) : null;
    }

    /// <summary>Records (or re-records) an upload with its final outcome.</summary>
    public async Task RecordAsync(UploadLedgerEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await _storage.Ledger.UpsertEntityAsync(ToEntity(entry), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Marks a recorded upload <c>Remplacée</c>. An entry not yet recorded is left alone: its own processing re-checks the current version after recording.</summary>
    public async Task MarkReplacedAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        var patch = new TableEntity(partitionKey, rowKey)
        {
            ["Outcome"] = nameof(UploadOutcome.Remplacee),
            ["OutcomeLabel"] = UploadOutcome.Remplacee.ToFrenchLabel(),
        };
        try
        {
            await _storage.Ledger.UpdateEntityAsync(patch, ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            LogReplaced(partitionKey, rowKey);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            LogReplacedNotYetRecorded(partitionKey, rowKey);
        }
    }

    /// <summary>
    /// Counts one more failed attempt at ingesting a blob version and returns how many there were. Kept beside the ledger under
    /// a partition of its own (<c>~failed|</c> + the ledger partition: no container name starts with <c>~</c>, so ledger queries
    /// never see it). Conflicting counts retry with backoff. Each call counts once: when its write was carried out but the
    /// answer lost, the SDK's retry gets 409 or 412 and the count read back already holds this call's mark.
    /// </summary>
    public async Task<int> CountFailureAsync(BlobUpload upload, string error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var partition = FailuresPrefix + PartitionKeyOf(upload.Container, upload.BlobName);
        var row = RowKeyOf(upload);
        var attempt = Guid.NewGuid().ToString("N");
        return await ConflictRetry.Pipeline.ExecuteAsync(
            async ct =>
            {
                var existing = await _storage.Ledger.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: ct).ConfigureAwait(false);
                var entity = existing.HasValue && existing.Value is not null ? existing.Value : new TableEntity(partition, row);
                if (entity.GetString("LastAttempt") == attempt)
                {
                    return entity.GetInt32("Attempts") ?? 1;
                }

                var attempts = (entity.GetInt32("Attempts") ?? 0) + 1;
                entity["Attempts"] = attempts;
                entity["LastAttempt"] = attempt;
                entity["BlobName"] = upload.BlobName;
                entity["LastError"] = TableText.Fit(error, out _);
                entity["LastFailedAt"] = DateTimeOffset.UtcNow;
                if (existing.HasValue && existing.Value is not null)
                {
                    await _storage.Ledger.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, ct).ConfigureAwait(false);
                }
                else
                {
                    await _storage.Ledger.AddEntityAsync(entity, ct).ConfigureAwait(false);
                }

                return attempts;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A structure's (or a reference year's) uploads, in key order.</summary>
    public async Task<IReadOnlyList<UploadLedgerEntry>> ListFolderAsync(string container, string folder, CancellationToken cancellationToken)
    {
        var partition = TableKeys.Compose(container, folder);
        var entries = new List<UploadLedgerEntry>();
        await foreach (var entity in _storage.Ledger.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            entries.Add(FromEntity(entity));
        }

        return entries;
    }

    /// <summary>Every upload recorded for a container (one range query over its partitions).</summary>
    public async Task<IReadOnlyList<UploadLedgerEntry>> ListContainerAsync(string container, CancellationToken cancellationToken)
    {
        var from = TableKeys.Escape(container) + TableKeys.Separator;
        var to = TableKeys.PrefixUpperBound(from);
        var entries = new List<UploadLedgerEntry>();
        await foreach (var entity in _storage.Ledger.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey ge {from} and PartitionKey lt {to}"), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            entries.Add(FromEntity(entity));
        }

        return entries;
    }

    internal static TableEntity ToEntity(UploadLedgerEntry entry)
    {
        var upload = new BlobUpload(entry.Container, entry.BlobName, entry.VersionId, entry.ETag, entry.UploadedAt, entry.ContentLength);
        return new TableEntity(PartitionKeyOf(entry.Container, entry.BlobName), RowKeyOf(upload))
        {
            ["Container"] = entry.Container,
            ["BlobName"] = entry.BlobName,
            ["FileName"] = entry.FileName,
            ["VersionId"] = entry.VersionId,
            ["BlobETag"] = entry.ETag,
            ["UploadId"] = entry.UploadId,
            ["ContentHash"] = entry.ContentHash,
            ["ContentLength"] = entry.ContentLength,
            ["UploadedAt"] = entry.UploadedAt.ToUniversalTime(),
            ["StructureCode"] = entry.StructureCode,
            ["Year"] = entry.Year,
            ["Outcome"] = entry.Outcome.ToString(),
            ["OutcomeLabel"] = entry.Outcome.ToFrenchLabel(),
            ["ErrorCount"] = entry.ErrorCount,
            ["WarningCount"] = entry.WarningCount,
            ["FeedbackWorkbookPath"] = entry.FeedbackWorkbookPath,
            ["FeedbackJsonPath"] = entry.FeedbackJsonPath,
            ["ProcessedAt"] = entry.ProcessedAt.ToUniversalTime(),
            ["ProcessingMilliseconds"] = (long)entry.ProcessingTime.TotalMilliseconds,
            ["Reason"] = TableText.Fit(entry.Reason, out _),
        };
    }

    internal static UploadLedgerEntry FromEntity(TableEntity entity) => new(
        entity.GetString("Container") ?? string.Empty,
        entity.GetString("BlobName") ?? string.Empty,
        entity.GetString("VersionId"),
        entity.GetString("BlobETag") ?? string.Empty,
        entity.GetString("UploadId") ?? string.Empty,
        entity.GetString("ContentHash") ?? string.Empty,
        entity.GetInt64("ContentLength") ?? 0,
        entity.GetDateTimeOffset("UploadedAt") ?? DateTimeOffset.MinValue,
        entity.GetString("StructureCode"),
        entity.GetInt32("Year"),
        Enum.Parse<UploadOutcome>(entity.GetString("Outcome") ?? nameof(UploadOutcome.Rejetee)),
        entity.GetInt32("ErrorCount") ?? 0,
        entity.GetInt32("WarningCount") ?? 0,
        entity.GetString("FeedbackWorkbookPath"),
        entity.GetString("FeedbackJsonPath"),
        entity.GetDateTimeOffset("ProcessedAt") ?? DateTimeOffset.MinValue,
        TimeSpan.FromMilliseconds(entity.GetInt64("ProcessingMilliseconds") ?? 0),
        entity.GetString("Reason"));

    [LoggerMessage(Level = LogLevel.Information, Message = "Upload {LedgerPartition}/{LedgerRow} marked Remplacée")]
    private partial void LogReplaced(string ledgerPartition, string ledgerRow);

    [LoggerMessage(Level = LogLevel.Information, Message = "Upload {LedgerPartition}/{LedgerRow} replaced before being recorded; it will record itself as Remplacée")]
    private partial void LogReplacedNotYetRecorded(string ledgerPartition, string ledgerRow);
}
