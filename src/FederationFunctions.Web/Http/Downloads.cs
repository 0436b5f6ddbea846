using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace FederationFunctions.Web.Http;

/// <summary>
/// File answers: a readable file name in <c>Content-Disposition</c> (ASCII and UTF-8 forms), an <c>ETag</c> so that a client
/// that already has the file gets 304 for <c>If-None-Match</c> (ASP.NET Core's file result evaluates the conditions).
/// </summary>
public static class Downloads
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>A blob as a download, or null when it does not exist. The content is read only when sent (not for a 304).</summary>
    public static async Task<IResult?> BlobAsync(BlobClient blob, string contentType, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        BlobProperties properties;
        try
        {
            properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }

        var content = await blob.OpenReadAsync(
            new BlobOpenReadOptions(allowModifications: false) { Conditions = new BlobRequestConditions { IfMatch = properties.ETag } },
            cancellationToken).ConfigureAwait(false);
        return TypedResults.Stream(content, contentType, fileName, properties.LastModified, EntityTag(properties.ETag.ToString()));
    }

    /// <summary>Bytes made on the fly (a template, an export) as a download, with an ETag from their SHA-256.</summary>
    public static IResult Bytes(byte[] content, string contentType, string fileName) =>
        TypedResults.File(content, contentType, fileName, entityTag: EntityTag(Convert.ToHexStringLower(SHA256.HashData(content))));

    /// <summary>A resource shown in place (style sheet, script), with an ETag from its SHA-256.</summary>
    public static IResult Inline(byte[] content, string contentType) =>
        TypedResults.File(content, contentType, entityTag: EntityTag(Convert.ToHexStringLower(SHA256.HashData(content))));

    private static EntityTagHeaderValue EntityTag(string tag) =>
        new(tag.StartsWith('"') ? tag : "\"" + tag + "\"");
}
