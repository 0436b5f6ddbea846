using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using FederationFunctions.Core.Reports;
using FederationFunctions.Core.Storage;

namespace FederationFunctions.Core.Ingestion;

/// <summary>Writes an upload's feedback report (workbook and JSON) to <c>feedback/{structureCode or reference/year}/{uploadTimeUtc:yyyyMMddTHHmmssZ}-{fileName}.retour.xlsx</c> and <c>.retour.json</c>.</summary>
public sealed class FeedbackPublisher
{
    private readonly FederationStorage _storage;
    private readonly IFeedbackReportWriter _writer;

    public FeedbackPublisher(FederationStorage storage, IFeedbackReportWriter writer)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(writer);
        _storage = storage;
        _writer = writer;
    }

    /// <summary>Writes both files (overwriting a previous attempt) where <see cref="FeedbackPaths"/> puts them, and returns their blob names.</summary>
    public async Task<FeedbackBlobNames> PublishAsync(FeedbackReport report, bool isReference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var names = FeedbackPaths.For(report, isReference);
        await UploadWorkbookAsync(names.Workbook, report, cancellationToken).ConfigureAwait(false);

        // The JSON goes straight to the blob (staged blocks, committed when the stream closes): never a copy in memory. The SDK
        // commits on the condition that the blob is still the empty one it created on opening: when the commit was carried
        // out but its answer lost (a connection reset as storage stops), the SDK's retry of it gets 412, as it does when
        // another ingestion of the same version wrote the file meanwhile. Either way the file is written again, whole.
        await ConflictRetry.Pipeline.ExecuteAsync(ct => WriteJsonAsync(names.Json, report, ct), cancellationToken).ConfigureAwait(false);
        return names;
    }

    private async ValueTask WriteJsonAsync(string blobName, FeedbackReport report, CancellationToken cancellationToken)
    {
        var json = new BlockBlobOpenWriteOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" } };
        var stream = await _storage.Feedback.GetBlockBlobClient(blobName).OpenWriteAsync(overwrite: true, json, cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            await _writer.WriteJsonAsync(report, stream, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task UploadWorkbookAsync(string blobName, FeedbackReport report, CancellationToken cancellationToken)
    {
        // ClosedXML needs a seekable stream; the workbook is small (problems listed are capped).
        using var buffer = new MemoryStream();
        _writer.WriteWorkbook(report, buffer);
        buffer.Position = 0;
        var options = new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } };
        await _storage.Feedback.GetBlobClient(blobName).UploadAsync(buffer, options, cancellationToken).ConfigureAwait(false);
    }
}
