using FederationFunctions.Web.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FederationFunctions.Functions;

/// <summary><c>POST api/consolidations/{year}</c>: JSON API: consolidates the year now and answers with the key figures. Shared handler: <see cref="FederationRoutes"/>.</summary>
public sealed class RunConsolidation
{
    [Function(nameof(RunConsolidation))]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = FederationRoutes.RunConsolidationTemplate)] HttpRequest request,
        string year,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return FederationRoutes.Get(nameof(RunConsolidation)).InvokeAsync(request, new RouteArgs(Year: year), cancellationToken);
    }
}
