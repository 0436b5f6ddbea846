using FederationFunctions.Web.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FederationFunctions.Functions;

/// <summary><c>GET static/{name}</c>: the style sheet and the drag-and-drop script. Shared handler: <see cref="FederationRoutes"/>.</summary>
public sealed class StaticAsset
{
    [Function(nameof(StaticAsset))]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = FederationRoutes.AssetTemplate)] HttpRequest request,
        string name,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return FederationRoutes.Get(nameof(StaticAsset)).InvokeAsync(request, new RouteArgs(Name: name), cancellationToken);
    }
}
