using System.Net;
using FederationFunctions.Core.Consolidation;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;

namespace FederationFunctions.Functions;

/// <summary><c>POST api/consolidations/{year}</c>: consolidates the year now and answers with the key figures.</summary>
public sealed class RunConsolidation(ConsolidationService consolidation)
{
    [Function(nameof(RunConsolidation))]
    public async Task<HttpResponseData> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "consolidations/{year:int}")] HttpRequestData request,
        int year,
        CancellationToken cancellationToken)
    {
        var run = await consolidation.RunAsync(year, cancellationToken);
        var response = request.CreateResponse(HttpStatusCode.OK);
        await response.WriteAsJsonAsync(ConsolidationSummary.From(run), cancellationToken);
        return response;
    }
}
