using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace FederationFunctions.Web.Http;

/// <summary>
/// Checks the values every route carries: a year within <see cref="WebOptions.MinYear"/>..<see cref="WebOptions.MaxYear"/>, and a
/// structure code matching the canonical pattern exactly (<c>59-LIL-001</c>; no trimming, no case folding).
/// Anything else is answered 400 with a French problem body before any storage is touched.
/// </summary>
public sealed partial class RouteInputs(IOptions<WebOptions> options)
{
    private readonly WebOptions _options = options.Value;

    public int MinYear => _options.MinYear;

    public int MaxYear => _options.MaxYear;

    public bool TryYear(string? raw, out int year, [NotNullWhen(false)] out IResult? problem)
    {
        problem = null;
        if (raw is { Length: > 0 and <= 4 } && raw.All(char.IsAsciiDigit)
            && int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && year >= _options.MinYear && year <= _options.MaxYear)
        {
            return true;
        }

        year = 0;
        problem = Problems.BadRequest(
            string.Create(CultureInfo.InvariantCulture, $"L'année « {Shorten(raw)} » n'est pas acceptée : indiquez une année de {_options.MinYear} à {_options.MaxYear}, par exemple {DateTime.UtcNow.Year - 1}."),
            "annee");
        return false;
    }

    public static bool IsStructureCode(string? raw) => raw is not null && StructureCodePattern().IsMatch(raw);

    public static bool TryStructureCode(string? raw, [NotNullWhen(false)] out IResult? problem)
    {
        problem = null;
        if (IsStructureCode(raw))
        {
            return true;
        }

        problem = Problems.BadRequest(
            $"Le code de structure « {Shorten(raw)} » n'est pas valide : il s'écrit comme 59-LIL-001 (deux chiffres, trois lettres majuscules, trois chiffres).",
            "structure");
        return false;
    }

    private static string Shorten(string? raw) => raw is null ? string.Empty : raw.Length <= 40 ? raw : raw[..40] + "…";

    [GeneratedRegex("^[0-9]{2}-[A-Z]{3}-[0-9]{3}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex StructureCodePattern();
}
