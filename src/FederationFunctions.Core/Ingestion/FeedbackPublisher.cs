using Azure.Storage.Blobs.Models;
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
        await UploadAsync(names.Workbook, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", s => _writer.WriteWorkbook(report, s), cancellationToken).ConfigureAwait(false);
        await UploadAsync(names.Json, "application/json; charset=utf-8", s => _writer.WriteJson(report, s), cancellationToken).ConfigureAwait(false);
        return names;
    }

    private async Task UploadAsync(string blobName, string contentType, Action<Stream> write, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        buffer.Position = 0;
        var options = new Azure.Storage.Blobs.Models.BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } };
        await _storage.Feedback.GetBlobClient(blobName).UploadAsync(buffer, options, cancellationToken).ConfigureAwait(false);
    }
}
