using System.Text.Json;
using FederationFunctions.Core.Reports;

namespace FederationFunctions.IntegrationTests.Infrastructure;

/// <summary>A feedback writer for storage tests: JSON with the outcome's label, and a one-line text in place of the workbook.</summary>
internal sealed class FakeFeedbackReportWriter : IFeedbackReportWriter
{
    public void WriteWorkbook(FeedbackReport report, Stream output)
    {
        using var writer = new StreamWriter(output, leaveOpen: true);
        writer.Write("workbook:" + report.Outcome);
    }

    public void WriteJson(FeedbackReport report, Stream output)
    {
        using var writer = new Utf8JsonWriter(output);
        writer.WriteStartObject();
        writer.WriteString("outcome", report.Outcome.ToString());
        writer.WriteString("blobName", report.BlobName);
        writer.WriteNumber("errors", report.ErrorCount);
        writer.WriteNumber("warnings", report.WarningCount);
        writer.WriteEndObject();
    }
}
