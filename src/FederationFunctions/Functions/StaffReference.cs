using FederationFunctions.Web.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FederationFunctions.Functions;

/// <summary><c>POST suivi/{year}/referentiel</c>: staff: drop the year's reference workbook. Shared handler: <see cref="FederationRoutes"/>.</summary>
public sealed class StaffReference
{
    [Function(nameof(StaffReference))]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = FederationRoutes.StaffReferenceTemplate)] HttpRequest request,
        string year,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return FederationRoutes.Get(nameof(StaffReference)).InvokeAsync(request, new RouteArgs(Year: year), cancellationToken);
    }
}
