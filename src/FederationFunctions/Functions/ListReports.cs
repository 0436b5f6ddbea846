using System.Net;
using FederationFunctions.Core.Consolidation;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;

namespace FederationFunctions.Functions;

/// <summary><c>GET api/reports</c>: the consolidated reports available, per year.</summary>
public sealed class ListReports(IReportStore reports)
{
    [Function(nameof(ListReports))]
    public async Task<HttpResponseData> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "reports")] HttpRequestData request,
        CancellationToken cancellationToken)
    {
        var list = await reports.ListAsync(cancellationToken);
        var response = request.CreateResponse(HttpStatusCode.OK);
        await response.WriteAsJsonAsync(
            list.GroupBy(r => r.Year).Select(g => new { year = g.Key, reports = g.ToList() }),
            cancellationToken);
        return response;
    }
}
