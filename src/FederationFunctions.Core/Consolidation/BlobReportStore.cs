using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace FederationFunctions.Core.Consolidation;

/// <summary>Stores consolidated workbooks in the <c>reports</c> container. Each upload is atomic, so overlapping runs never leave a half-written report.</summary>
public sealed class BlobReportStore(BlobContainerClient container) : IReportStore
{
    private const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<StoredReport> SaveAsync(int year, DateTimeOffset computedAt, Stream workbook, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var timestamped = ReportPaths.Timestamped(year, computedAt);
        var latest = ReportPaths.Latest(year);
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = XlsxContentType },
            Metadata = new Dictionary<string, string>
            {
                ["year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["computedutc"] = computedAt.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            },
        };

        var start = workbook.CanSeek ? workbook.Position : 0;
        await container.GetBlobClient(timestamped).UploadAsync(workbook, options, cancellationToken);
        var size = workbook.CanSeek ? workbook.Position - start : 0;
        if (!workbook.CanSeek)
        {
            throw new ArgumentException("The workbook stream must be seekable: it is uploaded twice.", nameof(workbook));
        }

        workbook.Position = start;
        await UploadLatestIfNewerAsync(container.GetBlobClient(latest), workbook, options, computedAt, cancellationToken);
        return new StoredReport(timestamped, latest, size);
    }

    public async Task<IReadOnlyList<ReportInfo>> ListAsync(CancellationToken cancellationToken)
    {
        var reports = new List<ReportInfo>();
        if (!await container.ExistsAsync(cancellationToken))
        {
            return reports;
        }

        await foreach (var blob in container.GetBlobsAsync(cancellationToken: cancellationToken))
        {
            if (!ReportPaths.TryParse(blob.Name, out var year, out var computedAt))
            {
                continue;
            }

            reports.Add(new ReportInfo(year, blob.Name, computedAt is null, computedAt ?? blob.Properties.LastModified, blob.Properties.ContentLength ?? 0));
        }

        return [.. reports.OrderByDescending(r => r.Year).ThenByDescending(r => r.IsLatest).ThenByDescending(r => r.ComputedAt)];
    }

    public async Task<Stream?> OpenLatestAsync(int year, CancellationToken cancellationToken)
    {
        try
        {
            var download = await container.GetBlobClient(ReportPaths.Latest(year)).DownloadStreamingAsync(cancellationToken: cancellationToken);
            return download.Value.Content;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>
    /// Replaces the latest copy only when this run is newer than the one it holds, with an ETag condition,
    /// so that two overlapping runs end with the newer computation as the latest.
    /// </summary>
    private static async Task UploadLatestIfNewerAsync(BlobClient latest, Stream workbook, BlobUploadOptions options, DateTimeOffset computedAt, CancellationToken cancellationToken)
    {
        var start = workbook.Position;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            BlobRequestConditions conditions;
            try
            {
                var properties = await latest.GetPropertiesAsync(cancellationToken: cancellationToken);
                if (properties.Value.Metadata.TryGetValue("computedutc", out var existing)
                    && DateTimeOffset.TryParse(existing, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var existingAt)
                    && existingAt > computedAt)
                {
                    return;
                }

                conditions = new BlobRequestConditions { IfMatch = properties.Value.ETag };
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                conditions = new BlobRequestConditions { IfNoneMatch = ETag.All };
            }

            try
            {
                workbook.Position = start;
                options.Conditions = conditions;
                await latest.UploadAsync(workbook, options, cancellationToken);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another run replaced it in between: read it again and compare.
            }
        }

        throw new RequestFailedException(412, "The latest report kept changing during five attempts.");
    }
}
