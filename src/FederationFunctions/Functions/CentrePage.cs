using FederationFunctions.Web.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FederationFunctions.Functions;

/// <summary><c>GET depot/{structureCode}/{year}</c>: a centre's page, reached by its personal link. Shared handler: <see cref="FederationRoutes"/>.</summary>
public sealed class CentrePage
{
    [Function(nameof(CentrePage))]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = FederationRoutes.CentrePageTemplate)] HttpRequest request,
        string structureCode,
        string year,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return FederationRoutes.Get(nameof(CentrePage)).InvokeAsync(request, new RouteArgs(StructureCode: structureCode, Year: year), cancellationToken);
    }
}
