using System.Collections.Concurrent;
using System.Diagnostics;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using FederationFunctions.Core.Storage;
using FederationFunctions.Core.Validation;
using Microsoft.Extensions.Logging;

namespace FederationFunctions.Core.Ingestion;

/// <summary>
/// Lists <c>uploads</c> and <c>reference</c> (every version when versioning is on, else the current blob and its ETag)
/// and ingests every blob version the ledger lacks (events can be lost). Bounded parallelism.
/// </summary>
public sealed partial class ReconciliationSweep
{
    /// <summary>How many blob versions are ingested at once.</summary>
    public const int MaxParallelism = 4;

    private readonly FederationStorage _storage;
    private readonly UploadLedger _ledger;
    private readonly IngestionService _ingestion;
    private readonly ILogger<ReconciliationSweep> _logger;

    public ReconciliationSweep(FederationStorage storage, UploadLedger ledger, IngestionService ingestion, ILogger<ReconciliationSweep> logger)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(ingestion);
        ArgumentNullException.ThrowIfNull(logger);
        _storage = storage;
        _ledger = ledger;
        _ingestion = ingestion;
        _logger = logger;
    }

    public async Task<ReconciliationSummary> RunAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await _storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var uploads = new List<BlobUpload>();
        // The reference first: a year's consolidation needs it, and centre uploads do not depend on it.
        uploads.AddRange(await ListAsync(_storage.Reference, cancellationToken).ConfigureAwait(false));
        uploads.AddRange(await ListAsync(_storage.Uploads, cancellationToken).ConfigureAwait(false));

        var outcomes = new ConcurrentDictionary<UploadOutcome, int>();
        var alreadyRecorded = 0;
        var failed = 0;
        await Parallel.ForEachAsync(
            uploads,
            new ParallelOptions { MaxDegreeOfParallelism = MaxParallelism, CancellationToken = cancellationToken },
            async (upload, ct) =>
            {
                if (await _ledger.GetAsync(upload, ct).ConfigureAwait(false) is not null)
                {
                    Interlocked.Increment(ref alreadyRecorded);
                    return;
                }

                try
                {
                    var result = await _ingestion.IngestAsync(upload, ct).ConfigureAwait(false);
                    if (result.AlreadyRecorded)
                    {
                        Interlocked.Increment(ref alreadyRecorded);
                    }
                    else
                    {
                        outcomes.AddOrUpdate(result.Entry.Outcome, 1, (_, n) => n + 1);
                    }
                }
                catch (RequestFailedException e)
                {
                    // One blob's storage failure (deleted or overwritten since the listing, throttling) must not stop the sweep.
                    Interlocked.Increment(ref failed);
                    LogFailed(e, upload.Container, upload.BlobName, upload.VersionKey);
                }
            }).ConfigureAwait(false);

        var summary = new ReconciliationSummary(uploads.Count, alreadyRecorded, new Dictionary<UploadOutcome, int>(outcomes), failed, Stopwatch.GetElapsedTime(started));
        LogSummary(summary.BlobsListed, summary.AlreadyRecorded, summary.IngestedCount, summary.Failed, summary.Duration.TotalMilliseconds);
        return summary;
    }

    private async Task<IReadOnlyList<BlobUpload>> ListAsync(BlobContainerClient container, CancellationToken cancellationToken)
    {
        try
        {
            return await ListAsync(container, BlobStates.Version, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status is 400 or 403 or 501)
        {
            // Azurite and accounts without versioning support may refuse to list versions: the current blobs suffice there.
            LogVersionsUnsupported(container.Name, e.Status);
            return await ListAsync(container, BlobStates.None, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<IReadOnlyList<BlobUpload>> ListAsync(BlobContainerClient container, BlobStates states, CancellationToken cancellationToken)
    {
        var uploads = new List<BlobUpload>();
        await foreach (var item in container.GetBlobsAsync(BlobTraits.None, states, prefix: null, cancellationToken).ConfigureAwait(false))
        {
            if (item.Deleted)
            {
                continue;
            }

            uploads.Add(new BlobUpload(
                container.Name,
                item.Name,
                item.VersionId,
                item.Properties.ETag?.ToString() ?? string.Empty,
                item.Properties.LastModified ?? item.Properties.CreatedOn ?? DateTimeOffset.MinValue,
                item.Properties.ContentLength ?? 0));
        }

        return uploads;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reconciliation could not ingest {Container}/{BlobName} version {VersionKey}")]
    private partial void LogFailed(Exception exception, string container, string blobName, string versionKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "Listing versions of {Container} is not supported (HTTP {Status}): listing current blobs")]
    private partial void LogVersionsUnsupported(string container, int status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reconciliation: {BlobsListed} blob versions listed, {AlreadyRecorded} already recorded, {Ingested} ingested, {Failed} failed, {ElapsedMilliseconds} ms")]
    private partial void LogSummary(int blobsListed, int alreadyRecorded, int ingested, int failed, double elapsedMilliseconds);
}
