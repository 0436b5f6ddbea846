using FederationFunctions.Web.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FederationFunctions.Functions;

/// <summary><c>GET api/reports</c>: JSON API: the consolidated reports available, per year. Shared handler: <see cref="FederationRoutes"/>.</summary>
public sealed class ListReports
{
    [Function(nameof(ListReports))]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = FederationRoutes.ListReportsTemplate)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return FederationRoutes.Get(nameof(ListReports)).InvokeAsync(request, new RouteArgs(), cancellationToken);
    }
}
