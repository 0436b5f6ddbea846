namespace FederationFunctions.Core.Reports;

/// <summary>Writes the French feedback report of an upload.</summary>
public interface IFeedbackReportWriter
{
    /// <summary>The feedback workbook (<c>.retour.xlsx</c>): a summary a centre director understands, then the table of problems.</summary>
    void WriteWorkbook(FeedbackReport report, Stream output);

    /// <summary>The JSON twin (<c>.retour.json</c>), serialized straight into <paramref name="output"/> (e.g. the blob's write stream).</summary>
    Task WriteJsonAsync(FeedbackReport report, Stream output, CancellationToken cancellationToken);
}
