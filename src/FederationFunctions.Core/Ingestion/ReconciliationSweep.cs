using System.Collections.Concurrent;
using System.Diagnostics;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using FederationFunctions.Core.Storage;
using FederationFunctions.Core.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FederationFunctions.Core.Ingestion;

/// <summary>
/// Lists <c>uploads</c> and <c>reference</c> (every version when versioning is on, else the current blob and its ETag)
/// and ingests every blob version the ledger lacks (events can be lost), <see cref="IngestionOptions.SweepParallelism"/> at a
/// time. Each version is ingested on its own (<see cref="IsolatedIngestion"/>): one that fails is counted, named in the summary
/// and left for the next sweep, and the others go on.
/// </summary>
public sealed partial class ReconciliationSweep(
    FederationStorage storage,
    IsolatedIngestion ingestion,
    IOptions<IngestionOptions> options,
    ILogger<ReconciliationSweep> logger)
{
    public async Task<ReconciliationSummary> RunAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var uploads = new List<BlobUpload>();
        // The reference first: a year's consolidation needs it, and centre uploads do not depend on it.
        uploads.AddRange(await ListAsync(storage.Reference, cancellationToken).ConfigureAwait(false));
        uploads.AddRange(await ListAsync(storage.Uploads, cancellationToken).ConfigureAwait(false));

        var outcomes = new ConcurrentDictionary<UploadOutcome, int>();
        var failures = new ConcurrentBag<UploadFailure>();
        var alreadyRecorded = 0;
        var unreadable = 0;
        await Parallel.ForEachAsync(
            uploads,
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.SweepParallelism, CancellationToken = cancellationToken },
            async (upload, ct) =>
            {
                var isolated = await ingestion.IngestAsync(upload, ct).ConfigureAwait(false);
                if (isolated.Failure is { } failure)
                {
                    failures.Add(failure);
                }
                else if (isolated.Result is { AlreadyRecorded: true })
                {
                    Interlocked.Increment(ref alreadyRecorded);
                }
                else if (isolated.Result is { } result)
                {
                    outcomes.AddOrUpdate(result.Entry.Outcome, 1, (_, n) => n + 1);
                    if (isolated.RecordedUnreadable)
                    {
                        Interlocked.Increment(ref unreadable);
                    }
                }
            }).ConfigureAwait(false);

        var summary = new ReconciliationSummary(
            uploads.Count, alreadyRecorded, new Dictionary<UploadOutcome, int>(outcomes),
            failures.OrderBy(f => f.Container, StringComparer.Ordinal).ThenBy(f => f.BlobName, StringComparer.Ordinal).ToList(),
            unreadable, Stopwatch.GetElapsedTime(started));
        LogSummary(summary.BlobsListed, summary.AlreadyRecorded, summary.IngestedCount, summary.Failed, summary.RecordedUnreadable, summary.Duration.TotalMilliseconds);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Listing versions of {Container} is not supported (HTTP {Status}): listing current blobs")]
    private partial void LogVersionsUnsupported(string container, int status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reconciliation: {BlobsListed} blob versions listed, {AlreadyRecorded} already recorded, {Ingested} ingested, {Failed} failed (left for the next sweep), {Unreadable} recorded as unreadable, {ElapsedMilliseconds} ms")]
    private partial void LogSummary(int blobsListed, int alreadyRecorded, int ingested, int failed, int unreadable, double elapsedMilliseconds);
}
