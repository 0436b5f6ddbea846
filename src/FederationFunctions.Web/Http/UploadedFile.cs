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
        $"Le fichier dépasse {maxBytes / (1024 * 1024)} Mo : il n'a pas été déposé. Vérifiez qu'il s'agit bien du classeur d'activité (sans images ni pièces jointes).";

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
