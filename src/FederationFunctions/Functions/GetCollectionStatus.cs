using FederationFunctions.Web.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FederationFunctions.Functions;

/// <summary><c>GET api/status/{year}</c>: JSON API: per member structure, the status of its workbook. Shared handler: <see cref="FederationRoutes"/>.</summary>
public sealed class GetCollectionStatus
{
    [Function(nameof(GetCollectionStatus))]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = FederationRoutes.CollectionStatusTemplate)] HttpRequest request,
        string year,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return FederationRoutes.Get(nameof(GetCollectionStatus)).InvokeAsync(request, new RouteArgs(Year: year), cancellationToken);
    }
}
