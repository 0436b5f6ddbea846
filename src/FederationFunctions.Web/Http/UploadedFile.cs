using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace FederationFunctions.Web.Http;

/// <summary>
/// Reads the workbook of a page's form (field <c>fichier</c>) and refuses, before anything is stored, a request without a file, an
/// empty file, or a file larger than the limit. The file name is reduced to its last segment without control characters.
/// </summary>
public static class UploadedFile
{
    public const string FieldName = "fichier";

    /// <summary>Room for the form's other fields and multipart headers around the file.</summary>
    private const long FormOverhead = 64 * 1024;

    /// <summary>
    /// Reads a page's upload form, in order: a body declared too large (413), not a form (400 problem), a missing or forged
    /// anti-forgery token (400), no file or an empty one (400), a file too large (413). Nothing is stored here.
    /// </summary>
    public static async Task<FormUpload> ReadAsync(HttpRequest request, IAntiforgery antiforgery, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (IsTooLarge(request, maxBytes))
        {
            return FormUpload.Refused(TooLargeMessage(maxBytes), StatusCodes.Status413PayloadTooLarge);
        }

        if (!request.HasFormContentType)
        {
            return new FormUpload(null, null, StatusCodes.Status400BadRequest,
                Problems.BadRequest("Le dépôt attend un formulaire multipart/form-data avec le fichier dans le champ « fichier ».", FieldName));
        }

        if (!await FormAntiforgery.IsValidAsync(antiforgery, request.HttpContext).ConfigureAwait(false))
        {
            return FormUpload.Refused(FormAntiforgery.ExpiredMessage, StatusCodes.Status400BadRequest);
        }

        var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var (file, error, tooLarge) = From(form, maxBytes);
        return file is null
            ? FormUpload.Refused(error!, tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest)
            : new FormUpload(file, null, StatusCodes.Status200OK, null);
    }

    /// <summary>Stores the file as a workbook blob (overwriting a previous file of the same name: the ledger keeps each version).</summary>
    public static async Task StoreAsync(IFormFile file, BlobClient blob, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(blob);
        await using var content = file.OpenReadStream();
        await blob.UploadAsync(
            content,
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = Downloads.XlsxContentType } },
            cancellationToken).ConfigureAwait(false);
    }

    public static bool IsTooLarge(HttpRequest request, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.ContentLength is { } length && length > maxBytes + FormOverhead;
    }

    /// <summary>The file, or a French message saying what is wrong (and whether the answer is 413).</summary>
    public static (IFormFile? File, string? Error, bool TooLarge) From(IFormCollection form, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(form);
        var file = form.Files.GetFile(FieldName);
        if (file is null || file.Length == 0 || string.IsNullOrWhiteSpace(file.FileName))
        {
            return (null, "Choisissez le fichier à déposer (classeur Excel .xlsx).", false);
        }

        if (file.Length > maxBytes)
        {
            return (null, TooLargeMessage(maxBytes), true);
        }

        return (file, null, false);
    }

    public static string TooLargeMessage(long maxBytes) =>
        $"Le fichier dépasse {Core.FrenchText.Megabytes(maxBytes)} : il n'a pas été déposé. Vérifiez qu'il s'agit bien du classeur d'activité (sans images ni pièces jointes).";

    /// <summary>The name under which the file is stored: its last path segment, without control or path characters, at most 120 characters.</summary>
    public static string SafeName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var last = fileName.Replace('\\', '/').Split('/')[^1];
        var cleaned = new string(last.Where(c => !char.IsControl(c) && c is not ('/' or '\\' or '?' or '#' or '"' or '<' or '>' or '|' or '*' or ':')).ToArray()).Trim().Trim('.');
        if (cleaned.Length == 0)
        {
            return "classeur.xlsx";
        }

        if (cleaned.Length > 120)
        {
            var extension = Path.GetExtension(cleaned);
            cleaned = cleaned[..(120 - Math.Min(extension.Length, 10))] + extension[..Math.Min(extension.Length, 10)];
        }

        return cleaned;
    }
}

/// <summary>What a page's upload form gave: the file, or why it was refused (a message for the page with its status, or a problem).</summary>
public sealed record FormUpload(IFormFile? File, string? Error, int StatusCode, IResult? Problem)
{
    public static FormUpload Refused(string error, int statusCode) => new(null, error, statusCode, null);
}
