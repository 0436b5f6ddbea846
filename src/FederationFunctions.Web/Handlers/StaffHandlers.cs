using System.Globalization;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Ingestion;
using FederationFunctions.Core.Validation;
using FederationFunctions.Core.Storage;
using FederationFunctions.Web.Access;
using FederationFunctions.Web.Consolidation;
using FederationFunctions.Web.Http;
using FederationFunctions.Web.Links;
using FederationFunctions.Web.Pages;
using FederationFunctions.Web.Queries;
using FederationFunctions.Web.Rendering;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FederationFunctions.Web.Handlers;

/// <summary>
/// The staff routes (<c>suivi…</c>): years, a year's collection and follow-up list, its CSV export, the report download, the
/// consolidation button and the reference upload. Each asks <see cref="StaffResponses"/> first: 401 when nobody is signed in,
/// 403 without the staff role.
/// </summary>
public sealed partial class StaffHandlers(
    RouteInputs inputs,
    StaffResponses staff,
    CollectionOverviewQuery overviews,
    CentreLinks links,
    ConsolidationRunner consolidations,
    IReportStore reports,
    FederationStorage storage,
    IngestionService ingestion,
    CurrentVersionStore pointers,
    IAntiforgery antiforgery,
    PageRenderer pages,
    TimeProvider time,
    IOptions<WebOptions> options,
    ILogger<StaffHandlers> logger)
{
    private readonly long _maxUploadBytes = options.Value.MaxUploadBytes;

    /// <summary><c>GET suivi</c> (and <c>suivi?annee=Y</c>, the year form, which redirects to <c>suivi/Y</c>).</summary>
    public async Task<IResult> GetYearsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await staff.RefuseUnlessStaffAsync(request).ConfigureAwait(false) is { } refusal)
        {
            return refusal;
        }

        if (request.Query.TryGetValue("annee", out var asked))
        {
            return inputs.TryYear(asked.ToString(), out var y, out var problem)
                ? TypedResults.Redirect("/suivi/" + y.ToString(CultureInfo.InvariantCulture))
                : problem;
        }

        var withReports = (await reports.ListAsync(cancellationToken).ConfigureAwait(false)).Select(r => r.Year).ToHashSet();
        var thisYear = time.GetUtcNow().Year;
        var years = withReports.Append(thisYear - 1).Append(thisYear)
            .Where(y => y >= inputs.MinYear && y <= inputs.MaxYear)
            .Distinct()
            .OrderDescending()
            .Select(y => (y, withReports.Contains(y)))
            .ToList();
        return await pages.PageAsync<StaffYearsPage>(new Dictionary<string, object?>
        {
            [nameof(StaffYearsPage.Years)] = (IReadOnlyList<(int, bool)>)years,
            [nameof(StaffYearsPage.MinYear)] = inputs.MinYear,
            [nameof(StaffYearsPage.MaxYear)] = inputs.MaxYear,
        }).ConfigureAwait(false);
    }

    /// <summary><c>GET suivi/{year}</c>.</summary>
    public async Task<IResult> GetYearAsync(HttpRequest request, string year, CancellationToken cancellationToken)
    {
        var (refusal, y) = await CheckAsync(request, year).ConfigureAwait(false);
        return refusal ?? await YearPageAsync(request, y, null, null, StatusCodes.Status200OK, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>GET suivi/{year}/relances.csv</c>: the follow-up list with each structure's link, for a mail merge.</summary>
    public async Task<IResult> GetFollowUpCsvAsync(HttpRequest request, string year, CancellationToken cancellationToken)
    {
        var (refusal, y) = await CheckAsync(request, year).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        var overview = await overviews.LoadAsync(y, cancellationToken).ConfigureAwait(false);
        var origin = Origin(request);
        var csv = FollowUpCsv.Write(overview.FollowUp, code => origin + links.PathFor(code, y));
        return Downloads.Bytes(csv, "text/csv; charset=utf-8", $"relances-{y.ToString(CultureInfo.InvariantCulture)}.csv");
    }

    /// <summary><c>GET suivi/{year}/rapport</c>: the year's latest consolidated workbook.</summary>
    public async Task<IResult> GetReportAsync(HttpRequest request, string year, CancellationToken cancellationToken)
    {
        var (refusal, y) = await CheckAsync(request, year).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        var blob = storage.Reports.GetBlobClient(ReportPaths.Latest(y));
        return await Downloads.BlobAsync(blob, Downloads.XlsxContentType, Path.GetFileName(blob.Name), cancellationToken).ConfigureAwait(false)
            ?? await pages.PageAsync<MessagePage>(
                new Dictionary<string, object?>
                {
                    [nameof(MessagePage.Title)] = "Pas encore de rapport",
                    [nameof(MessagePage.Message)] = $"Aucun rapport n'a encore été calculé pour {y.ToString(CultureInfo.InvariantCulture)}.",
                    [nameof(MessagePage.LinkHref)] = "/suivi/" + y.ToString(CultureInfo.InvariantCulture),
                    [nameof(MessagePage.LinkText)] = "Retour au suivi de l'année",
                    [nameof(MessagePage.Staff)] = true,
                },
                StatusCodes.Status404NotFound).ConfigureAwait(false);
    }

    /// <summary><c>POST suivi/{year}/consolidation</c>: starts the year's consolidation (202), or 409 while one runs.</summary>
    public async Task<IResult> PostConsolidationAsync(HttpRequest request, string year, CancellationToken cancellationToken)
    {
        var (refusal, y) = await CheckAsync(request, year).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!await FormAntiforgery.IsValidAsync(antiforgery, request.HttpContext).ConfigureAwait(false))
        {
            return await YearPageAsync(request, y, null, FormAntiforgery.ExpiredMessage, StatusCodes.Status400BadRequest, cancellationToken).ConfigureAwait(false);
        }

        var yearText = y.ToString(CultureInfo.InvariantCulture);
        if (await pointers.GetAsync(y, null, cancellationToken).ConfigureAwait(false) is null)
        {
            return await pages.PageAsync<MessagePage>(
                new Dictionary<string, object?>
                {
                    [nameof(MessagePage.Title)] = $"Consolidation {yearText} refusée",
                    [nameof(MessagePage.Message)] = "Consolidation refusée : " + ConsolidationAttempt.WithoutReference(y).Refusal,
                    [nameof(MessagePage.LinkHref)] = "/suivi/" + yearText,
                    [nameof(MessagePage.LinkText)] = "Retour au suivi de l'année " + yearText,
                    [nameof(MessagePage.Staff)] = true,
                },
                StatusCodes.Status409Conflict).ConfigureAwait(false);
        }

        var started = consolidations.TryStart(y);
        if (started)
        {
            LogConsolidationStarted(y);
        }

        return await pages.PageAsync<MessagePage>(
            new Dictionary<string, object?>
            {
                [nameof(MessagePage.Title)] = started ? $"Consolidation {yearText} lancée" : $"Consolidation {yearText} déjà en cours",
                [nameof(MessagePage.Message)] = started
                    ? "Le calcul des indicateurs et du rapport a démarré. Il prend en général moins d'une minute : revenez au suivi de l'année pour télécharger le nouveau rapport."
                    : "Une consolidation de cette année est déjà en cours : attendez qu'elle se termine, puis rechargez le suivi de l'année.",
                [nameof(MessagePage.LinkHref)] = "/suivi/" + yearText,
                [nameof(MessagePage.LinkText)] = "Retour au suivi de l'année " + yearText,
                [nameof(MessagePage.Staff)] = true,
            },
            started ? StatusCodes.Status202Accepted : StatusCodes.Status409Conflict).ConfigureAwait(false);
    }

    /// <summary><c>POST suivi/{year}/referentiel</c>: stores the year's reference workbook in <c>reference/{year}/</c>, ingests it, shows its feedback.</summary>
    public async Task<IResult> PostReferenceAsync(HttpRequest request, string year, CancellationToken cancellationToken)
    {
        var (refusal, y) = await CheckAsync(request, year).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        var upload = await UploadedFile.ReadAsync(request, antiforgery, _maxUploadBytes, cancellationToken).ConfigureAwait(false);
        if (upload.Problem is { } problem)
        {
            return problem;
        }

        if (upload.File is not { } file)
        {
            return await YearPageAsync(request, y, null, upload.Error, upload.StatusCode, cancellationToken).ConfigureAwait(false);
        }

        var blobName = y.ToString(CultureInfo.InvariantCulture) + "/" + UploadedFile.SafeName(file.FileName);
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await UploadedFile.StoreAsync(file, storage.Reference.GetBlobClient(blobName), cancellationToken).ConfigureAwait(false);
        LogReferenceDropped(y, blobName, file.Length);
        var result = await ingestion.IngestAsync(storage.Options.ReferenceContainer, blobName, cancellationToken).ConfigureAwait(false);
        var notice = result is null ? null : $"Référentiel « {UploadedFile.SafeName(file.FileName)} » déposé : {result.Entry.Outcome.ToFrenchLabel()}.";
        return await YearPageAsync(request, y, notice, null, StatusCodes.Status200OK, cancellationToken).ConfigureAwait(false);
    }

    private async Task<(IResult? Refusal, int Year)> CheckAsync(HttpRequest request, string year)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await staff.RefuseUnlessStaffAsync(request).ConfigureAwait(false) is { } refusal)
        {
            return (refusal, 0);
        }

        return inputs.TryYear(year, out var y, out var problem) ? (null, y) : (problem, 0);
    }

    private async Task<IResult> YearPageAsync(HttpRequest request, int year, string? notice, string? error, int statusCode, CancellationToken cancellationToken)
    {
        var overview = await overviews.LoadAsync(year, cancellationToken).ConfigureAwait(false);
        var tokens = antiforgery.GetAndStoreTokens(request.HttpContext);
        return await pages.PageAsync<StaffYearPage>(
            new Dictionary<string, object?>
            {
                [nameof(StaffYearPage.Overview)] = overview,
                [nameof(StaffYearPage.Csrf)] = new FormToken(tokens.FormFieldName, tokens.RequestToken!),
                [nameof(StaffYearPage.LinkFor)] = (Func<string, string>)(code => links.PathFor(code, year)),
                [nameof(StaffYearPage.ConsolidationRunning)] = consolidations.IsRunning(year),
                [nameof(StaffYearPage.Notice)] = notice,
                [nameof(StaffYearPage.FormError)] = error,
                [nameof(StaffYearPage.MaxUploadMegabytes)] = _maxUploadBytes / (1024 * 1024),
            },
            statusCode).ConfigureAwait(false);
    }

    /// <summary>The site's origin as the caller reached it, ending with a slash (for the absolute links of the export).</summary>
    private static string Origin(HttpRequest request) => request.Scheme + "://" + request.Host.Value + request.PathBase.Value + "/";

    [LoggerMessage(Level = LogLevel.Information, Message = "Consolidation of {Year} started from the staff page")]
    private partial void LogConsolidationStarted(int year);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reference {BlobName} ({Length} bytes) for {Year} dropped from the staff page")]
    private partial void LogReferenceDropped(int year, string blobName, long length);
}
