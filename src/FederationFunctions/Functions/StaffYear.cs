using FederationFunctions.Web.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FederationFunctions.Functions;

/// <summary><c>GET suivi/{year}</c>: staff: a year's collection, follow-up list, report, consolidation and reference. Shared handler: <see cref="FederationRoutes"/>.</summary>
public sealed class StaffYear
{
    [Function(nameof(StaffYear))]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = FederationRoutes.StaffYearTemplate)] HttpRequest request,
        string year,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return FederationRoutes.Get(nameof(StaffYear)).InvokeAsync(request, new RouteArgs(Year: year), cancellationToken);
    }
}
