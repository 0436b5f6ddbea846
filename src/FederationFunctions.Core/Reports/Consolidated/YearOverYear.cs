using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Reports.Excel;

namespace FederationFunctions.Core.Reports.Consolidated;

/// <summary>
/// Last year beside this year (v1.1): the indicators stored for year N-1, read as they are (never recomputed), and the
/// change of an indicator of year N against the one of N-1 with the same code and scope. The change in percent is
/// given for counts (<c>nombre</c>) and amounts (<c>€</c>) only, and left empty when N-1 is 0.
/// </summary>
internal sealed class YearOverYear
{
    private readonly Dictionary<(string Code, string Scope), Indicator> _previous = [];

    public YearOverYear(int previousYear, IReadOnlyList<Indicator> previousIndicators)
    {
        PreviousYear = previousYear;
        foreach (var indicator in previousIndicators)
        {
            _previous.TryAdd((indicator.Code, indicator.Scope), indicator);
        }
    }

    public int PreviousYear { get; }

    /// <summary>True when indicators of N-1 are stored; otherwise every N-1 column is empty and a note says why.</summary>
    public bool HasPreviousYear => _previous.Count > 0;

    /// <summary>Why the N-1 columns are empty, when they are.</summary>
    public string MissingNote => "Aucun indicateur n'est enregistré pour " + Year(PreviousYear)
        + " (année non consolidée) : les colonnes de l'année précédente et d'évolution restent vides.";

    /// <summary>The stored N-1 value of the same code and scope; null when absent or undefined.</summary>
    public decimal? Previous(string code, string scope) =>
        _previous.TryGetValue((code, scope), out var indicator) ? indicator.Value : null;

    /// <summary>N − N-1, when both are known.</summary>
    public static decimal? Change(decimal? current, decimal? previous) =>
        current is { } n && previous is { } p ? n - p : null;

    /// <summary>(N − N-1) / N-1 for counts and amounts; empty when N-1 is 0 or either value is unknown.</summary>
    public static decimal? ChangePercent(decimal? current, decimal? previous, string unit) =>
        unit is IndicatorUnits.Count or IndicatorUnits.Euro && current is { } n && previous is { } p && p != 0m ? (n - p) / p : null;

    /// <summary>The three cells <c>Valeur N-1</c>, <c>Évolution</c>, <c>Évolution (%)</c> of an indicator of year N.</summary>
    public IReadOnlyList<ReportCell> Cells(string code, string scope, decimal? current, string unit)
    {
        var previous = Previous(code, scope);
        return
        [
            ReportCell.Numeric(previous, NumberFormats.ForUnit(unit)),
            ReportCell.Numeric(Change(current, previous), NumberFormats.ChangeForUnit(unit)),
            ReportCell.Numeric(ChangePercent(current, previous, unit), NumberFormats.ChangePercent),
        ];
    }

    private static string Year(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
