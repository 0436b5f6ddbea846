using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace FederationFunctions.Web.Links;

/// <summary>
/// Each centre's personal link: <c>depot/{structureCode}/{year}?cle={token}</c>, where the token is the HMAC-SHA256 of
/// <c>{structureCode}:{year}</c> under <see cref="WebOptions.LinkSecret"/> (its UTF-8 bytes), written in base64url without padding.
/// Checked in constant time; a new secret revokes every link.
/// </summary>
public sealed class CentreLinks(IOptions<WebOptions> options)
{
    private readonly byte[] _key = Encoding.UTF8.GetBytes(options.Value.LinkSecret);

    /// <summary>The query parameter that carries the token.</summary>
    public const string TokenParameter = "cle";

    public string TokenFor(string structureCode, int year) => Base64Url.EncodeToString(Mac(structureCode, year));

    /// <summary>True when <paramref name="token"/> is the token of that structure and year.</summary>
    public bool IsValid(string structureCode, int year, string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64)
        {
            return false;
        }

        Span<byte> given = stackalloc byte[48];
        if (Base64Url.DecodeFromChars(token, given, out var consumed, out var written) != System.Buffers.OperationStatus.Done || consumed != token.Length)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(given[..written], Mac(structureCode, year));
    }

    /// <summary>The page's path and query, relative to the site's root (no leading slash).</summary>
    public string PathFor(string structureCode, int year) =>
        string.Create(CultureInfo.InvariantCulture, $"depot/{structureCode}/{year}?{TokenParameter}={TokenFor(structureCode, year)}");

    private byte[] Mac(string structureCode, int year) =>
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{structureCode}:{year}")));
}
