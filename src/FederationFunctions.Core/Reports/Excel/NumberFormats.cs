using FederationFunctions.Core.Consolidation;

namespace FederationFunctions.Core.Reports.Excel;

/// <summary>
/// Number format codes of the report workbooks. Format codes are stored in the file with the invariant
/// separators (<c>,</c> for thousands, <c>.</c> for decimals); Excel and LibreOffice display them in the
/// reader's locale (<c>12 500</c>, <c>37,5</c> for a French user).
/// </summary>
internal static class NumberFormats
{
    /// <summary>A count: <c>12 500</c>.</summary>
    public const string Count = "#,##0";

    /// <summary>An amount in euros, without cents: <c>12 500 €</c>.</summary>
    public const string Euro = "#,##0 \"€\"";

    /// <summary>A rate (fraction 0–1) as a whole percentage: <c>45 %</c>.</summary>
    public const string Percent = "0 %";

    /// <summary>An average, one decimal: <c>12,5</c>.</summary>
    public const string Average = "#,##0.0";

    /// <summary>Full-time equivalents, two decimals as centres write them: <c>37,05</c>.</summary>
    public const string Fte = "#,##0.00";

    /// <summary>A local date and time: <c>29/11/2026 14:05</c>.</summary>
    public const string DateTime = "dd/mm/yyyy hh:mm";

    /// <summary>A change in percent, signed, one decimal: <c>+4,2 %</c>.</summary>
    public const string ChangePercent = "+0.0 %;-0.0 %;0.0 %";

    /// <summary>The display format of a change (N − N-1) of an indicator of this unit: signed, e.g. <c>+12</c>, <c>-1 200 €</c>, <c>+3 %</c> (points).</summary>
    public static string ChangeForUnit(string unit) => unit switch
    {
        IndicatorUnits.Rate => "+0 %;-0 %;0 %",
        IndicatorUnits.Euro => "+#,##0 \"€\";-#,##0 \"€\";0 \"€\"",
        IndicatorUnits.Average => "+#,##0.0;-#,##0.0;0.0",
        IndicatorUnits.FullTimeEquivalent => "+#,##0.00;-#,##0.00;0.00",
        _ => "+#,##0;-#,##0;0",
    };

    /// <summary>The display format of an indicator's unit (<c>nombre</c>, <c>ETP</c>, <c>%</c>, <c>moyenne</c>, <c>€</c>).</summary>
    public static string ForUnit(string unit) => unit switch
    {
        IndicatorUnits.Rate => Percent,
        IndicatorUnits.Euro => Euro,
        IndicatorUnits.Average => Average,
        IndicatorUnits.FullTimeEquivalent => Fte,
        _ => Count,
    };
}
