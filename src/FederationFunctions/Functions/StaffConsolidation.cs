using FederationFunctions.Web.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FederationFunctions.Functions;

/// <summary><c>POST suivi/{year}/consolidation</c>: staff: consolidate the year now (202, 409 while one runs). Shared handler: <see cref="FederationRoutes"/>.</summary>
public sealed class StaffConsolidation
{
    [Function(nameof(StaffConsolidation))]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = FederationRoutes.StaffConsolidationTemplate)] HttpRequest request,
        string year,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return FederationRoutes.Get(nameof(StaffConsolidation)).InvokeAsync(request, new RouteArgs(Year: year), cancellationToken);
    }
}
