using FederationFunctions.Web.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FederationFunctions.Functions;

/// <summary><c>GET suivi/{year}/rapport</c>: staff: the year's latest consolidated workbook. Shared handler: <see cref="FederationRoutes"/>.</summary>
public sealed class StaffReport
{
    [Function(nameof(StaffReport))]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = FederationRoutes.StaffReportTemplate)] HttpRequest request,
        string year,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return FederationRoutes.Get(nameof(StaffReport)).InvokeAsync(request, new RouteArgs(Year: year), cancellationToken);
    }
}
