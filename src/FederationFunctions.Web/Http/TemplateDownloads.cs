using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FederationFunctions.Core.Ingestion;
using FederationFunctions.Core.Templates;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace FederationFunctions.Web.Http;

/// <summary>
/// A structure's pre-filled template as a download. Its ETag names what it is made from (the year's current reference upload,
/// the structure, the year and this build), so a client that has it gets 304 without the workbook being written again.
/// </summary>
public sealed class TemplateDownloads(CentreTemplateService templates, CurrentVersionStore pointers)
{
    private static readonly string Build = typeof(TemplateDownloads).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>
    /// The template, or <paramref name="refused"/>'s answer with the reason (<see cref="CentreTemplateMessages"/>) when the
    /// year has no accepted reference or the structure is not one of its members.
    /// </summary>
    public async Task<IResult> GetAsync(
        HttpRequest request, int year, string structureCode, Func<string, Task<IResult>> refused, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(refused);
        var reference = await pointers.GetAsync(year, null, cancellationToken).ConfigureAwait(false);
        EntityTagHeaderValue? tag = null;
        if (reference is not null)
        {
            tag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
                string.Create(CultureInfo.InvariantCulture, $"{reference.UploadId}|{structureCode}|{year}|{Build}")))) + "\"");
            if (request.GetTypedHeaders().IfNoneMatch.Any(t => t.Compare(tag, useStrongComparison: false)))
            {
                return TypedResults.StatusCode(StatusCodes.Status304NotModified);
            }
        }

        using var workbook = new MemoryStream();
        var result = await templates.WriteAsync(year, structureCode, workbook, cancellationToken).ConfigureAwait(false);
        return result.FileName is { } fileName
            ? TypedResults.File(workbook.ToArray(), Downloads.XlsxContentType, fileName, entityTag: tag)
            : await refused(result.Refusal!).ConfigureAwait(false);
    }
}
