using System.Net.Sockets;
using Azure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FederationFunctions.Core.Ingestion;

/// <summary>
/// Ingests one blob version so that nothing it does can stop the others: any exception but a requested cancellation is caught,
/// logged with the blob's name and returned. A failure that will not go away (one a retry cannot fix, or the same version
/// failing in <see cref="IngestionOptions.FailedSweepsBeforeUnreadable"/> sweeps) is recorded as an unreadable upload with
/// feedback telling the centre what to do, so that it stops being retried; a transient one is left for the next attempt.
/// Used by the reconciliation sweep and the blob triggers. See <c>docs/reliability.md</c>.
/// </summary>
public sealed partial class IsolatedIngestion(
    IngestionService ingestion,
    UploadLedger ledger,
    IOptions<IngestionOptions> options,
    ILogger<IsolatedIngestion> logger)
{
    /// <summary>Ingests a version the sweep listed; each transient failure counts towards recording it as unreadable.</summary>
    public async Task<IsolatedIngestionResult> IngestAsync(BlobUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        try
        {
            return new IsolatedIngestionResult(await ingestion.IngestAsync(upload, cancellationToken).ConfigureAwait(false), null, null, false);
        }
        catch (Exception e) when (!IsRequestedCancellation(e, cancellationToken))
        {
            return await HandleFailureAsync(upload, e, countAttempt: true, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Ingests a blob's current content as a trigger delivers it (null when the blob no longer exists). A transient failure is
    /// not counted here: the trigger rethrows it so that the host retries, and the sweep counts its own attempts.
    /// </summary>
    public async Task<IsolatedIngestionResult?> IngestAsync(string container, string blobName, CancellationToken cancellationToken)
    {
        try
        {
            var result = await ingestion.IngestAsync(container, blobName, cancellationToken).ConfigureAwait(false);
            return result is null ? null : new IsolatedIngestionResult(result, null, null, false);
        }
        catch (Exception e) when (!IsRequestedCancellation(e, cancellationToken))
        {
            BlobUpload? upload;
            try
            {
                upload = await ingestion.FindAsync(container, blobName, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception findFailure) when (!IsRequestedCancellation(findFailure, cancellationToken))
            {
                LogFailed(e, container, blobName, "?", IsTransient(e));
                return new IsolatedIngestionResult(null, new UploadFailure(container, blobName, string.Empty, OneLine(e)) { Explanation = UploadFailure.Explain(e) }, e, false);
            }

            return upload is null ? null : await HandleFailureAsync(upload, e, countAttempt: false, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>True for a failure that a later attempt can fix: storage or network trouble, a time-out, a lost race.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsTransient),
        RequestFailedException failed => failed.Status is 0 or 404 or 408 or 409 or 412 or 429 or >= 500,
        // A socket error can reach us bare: the SDK's retries end on it when a connection drops while being set up.
        IOException or HttpRequestException or SocketException or TimeoutException or OperationCanceledException or OutOfMemoryException => true,
        _ => false,
    };

    private static bool IsRequestedCancellation(Exception exception, CancellationToken cancellationToken) =>
        exception is OperationCanceledException && cancellationToken.IsCancellationRequested;

    private async Task<IsolatedIngestionResult> HandleFailureAsync(BlobUpload upload, Exception exception, bool countAttempt, CancellationToken cancellationToken)
    {
        var reason = OneLine(exception);
        var transient = IsTransient(exception);
        LogFailed(exception, upload.Container, upload.BlobName, upload.VersionKey, transient);
        var failure = new UploadFailure(upload.Container, upload.BlobName, upload.VersionKey, reason) { Explanation = UploadFailure.Explain(exception) };
        try
        {
            var persistent = !transient;
            if (transient && countAttempt)
            {
                var attempts = await ledger.CountFailureAsync(upload, reason, cancellationToken).ConfigureAwait(false);
                persistent = attempts >= options.Value.FailedSweepsBeforeUnreadable;
            }

            if (!persistent)
            {
                return new IsolatedIngestionResult(null, failure, exception, false);
            }

            var recorded = await ingestion.RecordUnreadableAsync(upload, cancellationToken).ConfigureAwait(false);
            return new IsolatedIngestionResult(recorded, null, null, !recorded.AlreadyRecorded);
        }
        catch (Exception e) when (!IsRequestedCancellation(e, cancellationToken))
        {
            // Storage is failing too: leave the version for the next attempt.
            LogCouldNotRecordFailure(e, upload.Container, upload.BlobName);
            return new IsolatedIngestionResult(null, failure, exception, false);
        }
    }

    private static string OneLine(Exception exception)
    {
        var root = exception;
        while (root is AggregateException { InnerExceptions.Count: > 0 } aggregate)
        {
            root = aggregate.InnerExceptions[^1];
        }

        var message = root.GetType().Name + ": " + root.Message;
        var end = message.IndexOfAny(['\r', '\n']);
        message = end < 0 ? message : message[..end];
        return message.Length <= 300 ? message : message[..299] + "…";
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not ingest {Container}/{BlobName} version {VersionKey} (transient: {Transient}); the other uploads go on")]
    private partial void LogFailed(Exception exception, string container, string blobName, string versionKey, bool transient);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not record the failure of {Container}/{BlobName}; it is left for the next attempt")]
    private partial void LogCouldNotRecordFailure(Exception exception, string container, string blobName);
}
