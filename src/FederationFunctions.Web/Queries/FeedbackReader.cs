using Azure;
using FederationFunctions.Core.Ingestion;
using FederationFunctions.Core.Reports;
using FederationFunctions.Core.Storage;

namespace FederationFunctions.Web.Queries;

/// <summary>Reads the JSON twin of an upload's feedback report (written by ingestion) to show its problems on a page.</summary>
public sealed class FeedbackReader(FederationStorage storage)
{
    public async Task<FeedbackJson?> ReadAsync(UploadLedgerEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.FeedbackJsonPath is not { Length: > 0 } path)
        {
            return null;
        }

        try
        {
            var content = await storage.Feedback.GetBlobClient(path).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return content.Value.Content.ToObjectFromJson<FeedbackJson>(FeedbackReportWriter.JsonSerializerOptions);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }
}
