using FederationFunctions.Web.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FederationFunctions.Functions;

/// <summary><c>GET suivi</c>: staff: the years to follow. Shared handler: <see cref="FederationRoutes"/>.</summary>
public sealed class StaffYears
{
    [Function(nameof(StaffYears))]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = FederationRoutes.StaffYearsTemplate)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return FederationRoutes.Get(nameof(StaffYears)).InvokeAsync(request, new RouteArgs(), cancellationToken);
    }
}
