using FederationFunctions.Web.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FederationFunctions.Functions;

/// <summary><c>GET api/reports/{year}</c>: JSON API: the latest consolidated workbook of the year. Shared handler: <see cref="FederationRoutes"/>.</summary>
public sealed class DownloadReport
{
    [Function(nameof(DownloadReport))]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = FederationRoutes.DownloadReportTemplate)] HttpRequest request,
        string year,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return FederationRoutes.Get(nameof(DownloadReport)).InvokeAsync(request, new RouteArgs(Year: year), cancellationToken);
    }
}
