using System.Globalization;

namespace FederationFunctions.Core.Reports;

/// <summary>Numbers written inside French sentences (notes, summaries), never through the machine's culture.</summary>
internal static class FrenchText
{
    private static readonly NumberFormatInfo Numbers = new()
    {
        NumberGroupSeparator = "\u202F",
        NumberDecimalSeparator = ",",
        NumberGroupSizes = [3],
    };

    public static string Count(int value) => value.ToString("#,##0", Numbers);

    public static string Euros(decimal value) => value.ToString(decimal.Truncate(value) == value ? "#,##0" : "#,##0.00", Numbers) + "\u00A0€";

    /// <summary><c>1 structure</c>, <c>3 structures</c>.</summary>
    public static string Plural(int count, string singular, string plural) =>
        Count(count) + " " + (count is 0 or 1 ? singular : plural);
}
