using System.Globalization;
using System.Text;

namespace FederationFunctions.Core.Workbooks;

/// <summary>
/// Normalises headers, form labels, enum values and sheet names (<c>centre-workbook-v1.md</c> § Header normalisation).
/// </summary>
public static class HeaderNormalizer
{
    private static readonly string[] TrailingSuffixes = ["euros", "eur", "nb"];

    /// <summary>
    /// Header form: compatibility decomposition, accents dropped, lower case, every character that is not a letter or
    /// a digit dropped, then one trailing <c>nb</c>, <c>eur</c> or <c>euros</c> dropped.
    /// <c>Montant accordé (€)</c>, <c>MONTANT ACCORDE</c>, <c>montant_accorde</c> and <c>amount_eur</c> style names normalise alike.
    /// </summary>
    public static string Normalize(string? text)
    {
        var folded = FoldToLettersAndDigits(text);
        foreach (var suffix in TrailingSuffixes)
        {
            if (folded.Length > suffix.Length && folded.EndsWith(suffix, StringComparison.Ordinal))
            {
                return folded[..^suffix.Length];
            }
        }

        return folded;
    }

    /// <summary>
    /// Sheet-name form: like <see cref="Normalize"/> but without dropping a trailing suffix, so that case, accents,
    /// spaces, <c>_</c> and <c>-</c> (and any other punctuation) do not matter: <c>Rencontres_</c> = <c>RENCONTRES</c>.
    /// </summary>
    public static string NormalizeSheetName(string? name) => FoldToLettersAndDigits(name);

    /// <summary>Compatibility decomposition, accents dropped, invariant lower case, letters and digits only.</summary>
    public static string FoldToLettersAndDigits(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
