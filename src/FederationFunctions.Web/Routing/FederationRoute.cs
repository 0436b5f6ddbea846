using FederationFunctions.Web.Http;
using Microsoft.AspNetCore.Http;

namespace FederationFunctions.Web.Routing;

/// <summary>One route of the app: its name (the Functions' function name), method, template, audience and handler.</summary>
public sealed record FederationRoute(
    string Name,
    string Method,
    string Template,
    RouteAudience Audience,
    Func<IServiceProvider, HttpRequest, RouteArgs, CancellationToken, Task<IResult>> Handler)
{
    /// <summary>Runs the handler and adds the headers every response carries (<see cref="SecurityHeaders"/>).</summary>
    public async Task<IResult> InvokeAsync(HttpRequest request, RouteArgs args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = await Handler(request.HttpContext.RequestServices, request, args, cancellationToken).ConfigureAwait(false);
        SecurityHeaders.Apply(request.HttpContext.Response);
        return result;
    }
}
