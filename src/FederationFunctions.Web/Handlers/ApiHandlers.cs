using System.Globalization;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Storage;
using FederationFunctions.Web.Consolidation;
using FederationFunctions.Web.Http;
using Microsoft.AspNetCore.Http;

namespace FederationFunctions.Web.Handlers;

/// <summary>
/// The JSON API of storage-layout-v1 (<c>api/…</c>), kept for scripts: in Azure each route needs a function key. Years and codes are
/// checked like every other route (400 with a French problem body).
/// </summary>
public sealed class ApiHandlers(
    RouteInputs inputs,
    IReportStore reports,
    FederationStorage storage,
    CollectionStatusQuery status,
    TemplateDownloads templates,
    ConsolidationRunner consolidations)
{
    /// <summary><c>GET api/reports</c>: the reports available, per year.</summary>
    public async Task<IResult> ListReportsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var list = await reports.ListAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Json(list.GroupBy(r => r.Year).Select(g => new { year = g.Key, reports = g.ToList() }));
    }

    /// <summary><c>GET api/reports/{year}</c>: the latest consolidated workbook of the year.</summary>
    public async Task<IResult> DownloadReportAsync(HttpRequest request, string year, CancellationToken cancellationToken)
    {
        if (!inputs.TryYear(year, out var y, out var problem))
        {
            return problem;
        }

        var blob = storage.Reports.GetBlobClient(ReportPaths.Latest(y));
        return await Downloads.BlobAsync(blob, Downloads.XlsxContentType, Path.GetFileName(blob.Name), cancellationToken).ConfigureAwait(false)
            ?? Problems.NotFound($"Aucun rapport n'a encore été calculé pour {y.ToString(CultureInfo.InvariantCulture)}.");
    }

    /// <summary><c>GET api/status/{year}</c>: per member structure, the status of its workbook.</summary>
    public async Task<IResult> GetCollectionStatusAsync(HttpRequest request, string year, CancellationToken cancellationToken)
    {
        if (!inputs.TryYear(year, out var y, out var problem))
        {
            return problem;
        }

        return TypedResults.Json(await status.GetAsync(y, cancellationToken).ConfigureAwait(false));
    }

    /// <summary><c>GET api/templates/{year}/{structureCode}</c>: a blank centre workbook pre-filled for that structure.</summary>
    public async Task<IResult> GetTemplateAsync(HttpRequest request, string year, string structureCode, CancellationToken cancellationToken)
    {
        if (!inputs.TryYear(year, out var y, out var problem) || !RouteInputs.TryStructureCode(structureCode, out problem))
        {
            return problem;
        }

        return await templates.GetAsync(request, y, structureCode, refusal => Task.FromResult(Problems.NotFound(refusal)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>POST api/consolidations/{year}</c>: consolidates the year now and answers with the key figures; 409 while one runs, or when the year has no accepted reference (nothing written).</summary>
    public async Task<IResult> RunConsolidationAsync(HttpRequest request, string year, CancellationToken cancellationToken)
    {
        if (!inputs.TryYear(year, out var y, out var problem))
        {
            return problem;
        }

        var attempt = await consolidations.TryRunAsync(y, cancellationToken).ConfigureAwait(false);
        return attempt switch
        {
            null => Problems.Conflict($"Une consolidation de {y.ToString(CultureInfo.InvariantCulture)} est déjà en cours : réessayez quand elle sera terminée."),
            { Run: { } run } => TypedResults.Json(ConsolidationSummary.From(run)),
            _ => Problems.Conflict("Consolidation refusée : " + attempt.Refusal),
        };
    }
}
