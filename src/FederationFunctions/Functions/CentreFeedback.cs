using FederationFunctions.Web.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FederationFunctions.Functions;

/// <summary><c>GET depot/{structureCode}/{year}/retours/{name}</c>: the feedback workbook of one of a centre's uploads. Shared handler: <see cref="FederationRoutes"/>.</summary>
public sealed class CentreFeedback
{
    [Function(nameof(CentreFeedback))]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = FederationRoutes.CentreFeedbackTemplate)] HttpRequest request,
        string structureCode,
        string year,
        string name,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return FederationRoutes.Get(nameof(CentreFeedback)).InvokeAsync(request, new RouteArgs(StructureCode: structureCode, Year: year, Name: name), cancellationToken);
    }
}
