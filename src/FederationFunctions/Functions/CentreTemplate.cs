using FederationFunctions.Web.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FederationFunctions.Functions;

/// <summary><c>GET depot/{structureCode}/{year}/modele</c>: a centre's pre-filled workbook. Shared handler: <see cref="FederationRoutes"/>.</summary>
public sealed class CentreTemplate
{
    [Function(nameof(CentreTemplate))]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = FederationRoutes.CentreTemplateTemplate)] HttpRequest request,
        string structureCode,
        string year,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return FederationRoutes.Get(nameof(CentreTemplate)).InvokeAsync(request, new RouteArgs(StructureCode: structureCode, Year: year), cancellationToken);
    }
}
