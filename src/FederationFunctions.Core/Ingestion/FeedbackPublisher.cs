using System.Globalization;
using Azure.Storage.Blobs.Models;
using FederationFunctions.Core.Reports;
using FederationFunctions.Core.Storage;

namespace FederationFunctions.Core.Ingestion;

/// <summary>Writes an upload's feedback report (workbook and JSON) to <c>feedback/{structureCode or reference/year}/{uploadTimeUtc:yyyyMMddTHHmmssZ}-{fileName}.retour.xlsx</c>.</summary>
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

    /// <summary>The feedback blob name without its <c>.retour.xlsx</c>/<c>.retour.json</c> suffix.</summary>
    /// <param name="kind">Centre or reference.</param>
    /// <param name="folder">The upload's first folder (structure code or year), or null at the root.</param>
    /// <param name="fileName">The uploaded file's name.</param>
    /// <param name="uploadedAt">The blob's upload time.</param>
    public static string BaseNameOf(UploadKind kind, string? folder, string fileName, DateTimeOffset uploadedAt)
    {
        var stamp = uploadedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var prefix = kind == UploadKind.Reference ? "reference/" : string.Empty;
        var directory = string.IsNullOrEmpty(folder) ? prefix : $"{prefix}{folder}/";
        return $"{directory}{stamp}-{fileName}";
    }

    /// <summary>Writes both files (overwriting a previous attempt) and returns their blob names.</summary>
    public async Task<(string Workbook, string Json)> PublishAsync(string baseName, FeedbackReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var workbookName = baseName + ".retour.xlsx";
        var jsonName = baseName + ".retour.json";
        await UploadAsync(workbookName, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", s => _writer.WriteWorkbook(report, s), cancellationToken).ConfigureAwait(false);
        await UploadAsync(jsonName, "application/json; charset=utf-8", s => _writer.WriteJson(report, s), cancellationToken).ConfigureAwait(false);
        return (workbookName, jsonName);
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
