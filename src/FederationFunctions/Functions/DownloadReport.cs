using System.Net;
using FederationFunctions.Core.Consolidation;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;

namespace FederationFunctions.Functions;

/// <summary><c>GET api/reports/{year}</c>: the latest consolidated workbook of the year.</summary>
public sealed class DownloadReport(IReportStore reports)
{
    [Function(nameof(DownloadReport))]
    public async Task<HttpResponseData> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "reports/{year:int}")] HttpRequestData request,
        int year,
        CancellationToken cancellationToken)
    {
        var content = await reports.OpenLatestAsync(year, cancellationToken);
        if (content is null)
        {
            return request.CreateResponse(HttpStatusCode.NotFound);
        }

        await using (content)
        {
            var response = request.CreateResponse(HttpStatusCode.OK);
            response.Headers.Add("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.Headers.Add("Content-Disposition", $"attachment; filename=\"{Path.GetFileName(ReportPaths.Latest(year))}\"");
            await content.CopyToAsync(response.Body, cancellationToken);
            return response;
        }
    }
}
