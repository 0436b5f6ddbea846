using System.Globalization;

namespace FederationFunctions.Core;

/// <summary>
/// Numbers, amounts, sizes, durations and dates written for a French reader, in every text a person reads (validation
/// messages, feedback, reports, command output, pages): decimal comma, a narrow no-break space between thousands
/// (<c>1 234,5</c>), never through the machine's culture. Machine fields (JSON numbers, table properties, blob names)
/// keep the invariant culture.
/// </summary>
public static class FrenchText
{
    /// <summary>fr-FR, with the thousands separator fixed to U+202F whatever the machine's ICU data says.</summary>
    public static readonly CultureInfo Culture = CreateCulture();

    /// <summary><c>1 234</c>.</summary>
    public static string Count(long value) => value.ToString("#,##0", Culture);

    /// <summary>A decimal as written in a French sentence, with at most <paramref name="maxDecimals"/> decimals: <c>2,5</c>, <c>1 234,75</c>.</summary>
    public static string Number(decimal value, int maxDecimals = 2) => value.ToString("#,##0." + new string('#', maxDecimals), Culture);

    /// <summary>A double as written in a French sentence, with at most <paramref name="maxDecimals"/> decimals: <c>0,5</c>.</summary>
    public static string Number(double value, int maxDecimals = 2) => value.ToString("#,##0." + new string('#', maxDecimals), Culture);

    /// <summary>An amount in euros: <c>3 600 €</c>, <c>3 600,50 €</c>.</summary>
    public static string Euros(decimal value) => value.ToString(decimal.Truncate(value) == value ? "#,##0" : "#,##0.00", Culture) + "\u00A0€";

    /// <summary>A size in megabytes (1 Mo = 1 048 576 octets, as the limits are set): <c>10 Mo</c>, <c>2,5 Mo</c>.</summary>
    public static string Megabytes(long bytes) => Number(bytes / (1024d * 1024d)) + " Mo";

    /// <summary>A duration in seconds, to the tenth: <c>1,2 s</c>.</summary>
    public static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("#,##0.0", Culture) + " s";

    /// <summary>A date as a French reader writes it: <c>15/03/2026</c>.</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", Culture);

    /// <summary>The example date given in messages, in the year the workbook is about: <c>15/03/2026</c>.</summary>
    public static string ExampleDate(int year) => Date(new DateOnly(year, 3, 15));

    /// <summary><c>1 structure</c>, <c>3 structures</c>.</summary>
    public static string Plural(int count, string singular, string plural) =>
        Count(count) + " " + (count is 0 or 1 ? singular : plural);

    private static CultureInfo CreateCulture()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("fr-FR").Clone();
        culture.NumberFormat.NumberGroupSeparator = "\u202F";
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.NumberGroupSizes = [3];
        return CultureInfo.ReadOnly(culture);
    }
}
