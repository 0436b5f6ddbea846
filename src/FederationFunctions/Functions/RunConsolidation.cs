using System.Net;
using FederationFunctions.Core.Consolidation;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;

namespace FederationFunctions.Functions;

/// <summary>
/// <c>POST api/consolidations/{year}</c>: consolidates the year now and answers with the key figures; <c>409</c> with
/// the French reason when the year has no accepted reference (nothing is written).
/// </summary>
public sealed class RunConsolidation(ConsolidationService consolidation)
{
    [Function(nameof(RunConsolidation))]
    public async Task<HttpResponseData> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "consolidations/{year:int}")] HttpRequestData request,
        int year,
        CancellationToken cancellationToken)
    {
        var attempt = await consolidation.TryRunAsync(year, cancellationToken);
        if (attempt.Run is not { } run)
        {
            var refused = request.CreateResponse(HttpStatusCode.Conflict);
            await refused.WriteAsJsonAsync(new { year, message = "Consolidation refusée : " + attempt.Refusal }, cancellationToken);
            return refused;
        }

        var response = request.CreateResponse(HttpStatusCode.OK);
        await response.WriteAsJsonAsync(ConsolidationSummary.From(run), cancellationToken);
        return response;
    }
}
