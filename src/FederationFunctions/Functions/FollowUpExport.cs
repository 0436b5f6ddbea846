using FederationFunctions.Web.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FederationFunctions.Functions;

/// <summary><c>GET suivi/{year}/relances.csv</c>: staff: the follow-up list with each structure's link (CSV). Shared handler: <see cref="FederationRoutes"/>.</summary>
public sealed class FollowUpExport
{
    [Function(nameof(FollowUpExport))]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = FederationRoutes.FollowUpExportTemplate)] HttpRequest request,
        string year,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return FederationRoutes.Get(nameof(FollowUpExport)).InvokeAsync(request, new RouteArgs(Year: year), cancellationToken);
    }
}
