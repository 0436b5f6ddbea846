using System.Net;
using FederationFunctions.Core.Templates;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;

namespace FederationFunctions.Functions;

/// <summary><c>GET api/templates/{year}/{structureCode}</c>: a blank centre workbook pre-filled for that structure.</summary>
public sealed class GetTemplate(CentreTemplateService templates)
{
    [Function(nameof(GetTemplate))]
    public async Task<HttpResponseData> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "templates/{year:int}/{structureCode}")] HttpRequestData request,
        int year,
        string structureCode,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var workbook = new MemoryStream();
        var fileName = await templates.WriteAsync(year, structureCode, workbook, cancellationToken);
        if (fileName is null)
        {
            return request.CreateResponse(HttpStatusCode.NotFound);
        }

        var response = request.CreateResponse(HttpStatusCode.OK);
        response.Headers.Add("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.Headers.Add("Content-Disposition", $"attachment; filename=\"{fileName}\"");
        workbook.Position = 0;
        await workbook.CopyToAsync(response.Body, cancellationToken);
        return response;
    }
}
