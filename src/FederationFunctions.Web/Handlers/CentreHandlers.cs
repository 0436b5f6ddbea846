using System.Globalization;
using FederationFunctions.Core.Ingestion;
using FederationFunctions.Core.Storage;
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
/// A centre's routes, reached by its personal link (<c>?cle=</c>): its page, the drop of its workbook (stored in
/// <c>uploads/{code}/</c> and ingested at once), its pre-filled template and its feedback workbooks. A wrong or missing token is
/// answered 404 like an unknown page, so nothing tells whether the structure exists.
/// </summary>
public sealed partial class CentreHandlers(
    RouteInputs inputs,
    CentreLinks links,
    CentreDeskQuery desks,
    FederationStorage storage,
    IngestionService ingestion,
    UploadLedger ledger,
    TemplateDownloads templates,
    IAntiforgery antiforgery,
    PageRenderer pages,
    IOptions<WebOptions> options,
    ILogger<CentreHandlers> logger)
{
    private readonly long _maxUploadBytes = options.Value.MaxUploadBytes;

    /// <summary><c>GET depot/{structureCode}/{year}?cle=</c>.</summary>
    public async Task<IResult> GetPageAsync(HttpRequest request, string structureCode, string year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Refuse(request, structureCode, year, out var y) is { } refusal)
        {
            return await refusal.ConfigureAwait(false);
        }

        var desk = await desks.LoadAsync(structureCode, y, null, cancellationToken).ConfigureAwait(false);
        return await PageAsync(request, desk, null, false, StatusCodes.Status200OK).ConfigureAwait(false);
    }

    /// <summary><c>POST depot/{structureCode}/{year}?cle=</c>, <c>multipart/form-data</c> with the file in <c>fichier</c>.</summary>
    public async Task<IResult> PostUploadAsync(HttpRequest request, string structureCode, string year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Refuse(request, structureCode, year, out var y) is { } refusal)
        {
            return await refusal.ConfigureAwait(false);
        }

        var upload = await UploadedFile.ReadAsync(request, antiforgery, _maxUploadBytes, cancellationToken).ConfigureAwait(false);
        if (upload.Problem is { } problem)
        {
            return problem;
        }

        if (upload.File is not { } file)
        {
            return await ErrorAsync(request, structureCode, y, upload.Error!, upload.StatusCode, cancellationToken).ConfigureAwait(false);
        }

        var blobName = structureCode + "/" + UploadedFile.SafeName(file.FileName);
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await UploadedFile.StoreAsync(file, storage.Uploads.GetBlobClient(blobName), cancellationToken).ConfigureAwait(false);
        LogDropped(structureCode, y, blobName, file.Length);
        var result = await ingestion.IngestAsync(storage.Options.UploadsContainer, blobName, cancellationToken).ConfigureAwait(false);
        var desk = await desks.LoadAsync(structureCode, y, result?.Entry, cancellationToken).ConfigureAwait(false);
        return await PageAsync(request, desk, null, true, StatusCodes.Status200OK).ConfigureAwait(false);
    }

    /// <summary><c>GET depot/{structureCode}/{year}/modele?cle=</c>: the structure's pre-filled workbook for the year.</summary>
    public async Task<IResult> GetTemplateAsync(HttpRequest request, string structureCode, string year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Refuse(request, structureCode, year, out var y) is { } refusal)
        {
            return await refusal.ConfigureAwait(false);
        }

        // A centre's link never tells why (nor whether a structure exists): the same 404 page as any unknown address.
        return await templates.GetAsync(request, y, structureCode, _ => NotFoundAsync(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>GET depot/{structureCode}/{year}/retours/{uploadId}?cle=</c>: the feedback workbook of one of the structure's uploads.</summary>
    public async Task<IResult> GetFeedbackAsync(HttpRequest request, string structureCode, string year, string uploadId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Refuse(request, structureCode, year, out _) is { } refusal)
        {
            return await refusal.ConfigureAwait(false);
        }

        var entry = (await ledger.ListFolderAsync(storage.Options.UploadsContainer, structureCode, cancellationToken).ConfigureAwait(false))
            .FirstOrDefault(e => string.Equals(e.UploadId, uploadId, StringComparison.Ordinal));
        if (entry?.FeedbackWorkbookPath is not { } path)
        {
            return await NotFoundAsync().ConfigureAwait(false);
        }

        return await Downloads.BlobAsync(storage.Feedback.GetBlobClient(path), Downloads.XlsxContentType, Path.GetFileName(path), cancellationToken).ConfigureAwait(false)
            ?? await NotFoundAsync().ConfigureAwait(false);
    }

    /// <summary>400 for a bad code or year, 404 for a bad token; null when the request may go on.</summary>
    private Task<IResult>? Refuse(HttpRequest request, string structureCode, string year, out int parsedYear)
    {
        parsedYear = 0;
        if (!RouteInputs.TryStructureCode(structureCode, out var codeProblem))
        {
            return Task.FromResult(codeProblem);
        }

        if (!inputs.TryYear(year, out parsedYear, out var yearProblem))
        {
            return Task.FromResult(yearProblem);
        }

        return links.IsValid(structureCode, parsedYear, request.Query[CentreLinks.TokenParameter].ToString()) ? null : NotFoundAsync();
    }

    private Task<IResult> NotFoundAsync() => NotFoundPage.RenderAsync(pages);

    private async Task<IResult> ErrorAsync(HttpRequest request, string structureCode, int year, string error, int statusCode, CancellationToken cancellationToken)
    {
        var desk = await desks.LoadAsync(structureCode, year, null, cancellationToken).ConfigureAwait(false);
        return await PageAsync(request, desk, error, false, statusCode).ConfigureAwait(false);
    }

    private Task<IResult> PageAsync(HttpRequest request, CentreDesk desk, string? error, bool justDropped, int statusCode)
    {
        var tokens = antiforgery.GetAndStoreTokens(request.HttpContext);
        return pages.PageAsync<CentrePage>(
            new Dictionary<string, object?>
            {
                [nameof(CentrePage.Desk)] = desk,
                [nameof(CentrePage.Token)] = links.TokenFor(desk.StructureCode, desk.Year),
                [nameof(CentrePage.Csrf)] = new FormToken(tokens.FormFieldName, tokens.RequestToken!),
                [nameof(CentrePage.FormError)] = error,
                [nameof(CentrePage.JustDropped)] = justDropped,
                [nameof(CentrePage.MaxUploadMegabytes)] = _maxUploadBytes / (1024 * 1024),
            },
            statusCode);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Centre {StructureCode} dropped {BlobName} ({Length} bytes) for {Year} from its page")]
    private partial void LogDropped(string structureCode, int year, string blobName, long length);
}
