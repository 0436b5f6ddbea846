using FederationFunctions.Web.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FederationFunctions.Functions;

/// <summary><c>GET api/templates/{year}/{structureCode}</c>: JSON API: a blank centre workbook pre-filled for that structure. Shared handler: <see cref="FederationRoutes"/>.</summary>
public sealed class GetTemplate
{
    [Function(nameof(GetTemplate))]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = FederationRoutes.TemplateTemplate)] HttpRequest request,
        string year,
        string structureCode,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return FederationRoutes.Get(nameof(GetTemplate)).InvokeAsync(request, new RouteArgs(Year: year, StructureCode: structureCode), cancellationToken);
    }
}
