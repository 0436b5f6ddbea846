using System.Net;
using FederationFunctions.Core.Consolidation;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;

namespace FederationFunctions.Functions;

/// <summary><c>GET api/status/{year}</c>: per member structure, the status of its workbook (JSON).</summary>
public sealed class GetCollectionStatus(CollectionStatusQuery query)
{
    [Function(nameof(GetCollectionStatus))]
    public async Task<HttpResponseData> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "status/{year:int}")] HttpRequestData request,
        int year,
        CancellationToken cancellationToken)
    {
        var status = await query.GetAsync(year, cancellationToken);
        var response = request.CreateResponse(HttpStatusCode.OK);
        await response.WriteAsJsonAsync(status, cancellationToken);
        return response;
    }
}
