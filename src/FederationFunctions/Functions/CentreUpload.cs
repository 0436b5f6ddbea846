using FederationFunctions.Web.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FederationFunctions.Functions;

/// <summary><c>POST depot/{structureCode}/{year}</c>: a centre drops its workbook: stored in uploads/{code}/ and ingested at once. Shared handler: <see cref="FederationRoutes"/>.</summary>
public sealed class CentreUpload
{
    [Function(nameof(CentreUpload))]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = FederationRoutes.CentrePageTemplate)] HttpRequest request,
        string structureCode,
        string year,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return FederationRoutes.Get(nameof(CentreUpload)).InvokeAsync(request, new RouteArgs(StructureCode: structureCode, Year: year), cancellationToken);
    }
}
