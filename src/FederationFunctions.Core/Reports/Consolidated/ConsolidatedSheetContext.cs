using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Reports.Excel;

namespace FederationFunctions.Core.Reports.Consolidated;

/// <summary>What every sheet of the consolidated workbook reads: the result, indicators indexed by (code, scope), reference names.</summary>
internal sealed class ConsolidatedSheetContext
{
    /// <summary>The department scopes, then the federation, with their column labels.</summary>
    public static readonly IReadOnlyList<(string Scope, string Label)> DepartmentScopes =
        [(IndicatorScopes.Nord, "Nord"), (IndicatorScopes.PasDeCalais, "Pas-de-Calais"), (IndicatorScopes.Federation, "Fédération")];

    private readonly Dictionary<(string Code, string Scope), Indicator> _indicators = [];
    private readonly Dictionary<string, string> _units = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Territory> _territories = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, MemberStructure> _structures = new(StringComparer.OrdinalIgnoreCase);

    public ConsolidatedSheetContext(ConsolidationResult result, IReadOnlyList<Indicator> previousYear)
    {
        Result = result;
        YearOverYear = new YearOverYear(result.Year - 1, previousYear);
        foreach (var indicator in result.Indicators)
        {
            _indicators.TryAdd((indicator.Code, indicator.Scope), indicator);
            _units.TryAdd(indicator.Code, indicator.Unit);
        }

        foreach (var territory in result.Reference?.Territories ?? [])
        {
            _territories.TryAdd(territory.Code, territory);
        }

        foreach (var structure in result.Reference?.Structures ?? [])
        {
            _structures.TryAdd(structure.Code, structure);
        }
    }

    public ConsolidationResult Result { get; }

    /// <summary>The indicators stored for the previous year, for the comparison columns.</summary>
    public YearOverYear YearOverYear { get; }

    /// <summary>The native charts the sheets ask for; written into the package once, after ClosedXML saves it.</summary>
    public List<Charts.ChartDefinition> Charts { get; } = [];

    /// <summary>"2024" for the previous year, as column headers name it.</summary>
    public string PreviousYearLabel => (Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"2025" for the year, as column headers name it.</summary>
    public string YearLabel => Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The stored N-1 value of an indicator as a cell formatted for its unit (empty when absent).</summary>
    public ReportCell PreviousCell(string code, string scope) =>
        ReportCell.Numeric(YearOverYear.Previous(code, scope), NumberFormats.ForUnit(Unit(code)));

    public int Year => Result.Year;

    /// <summary>Shown under every sheet's title: the figures are those of this computation (« état au … »).</summary>
    public string Subtitle => "Année " + Year.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + " · état au " + ReportTime.DescribeLocal(Result.ComputedAt)
        + (Result.Reference is null ? " · aucun référentiel accepté pour cette année" : string.Empty);

    /// <summary>The subtitle of the first sheet, which says once for the whole workbook in which zone times are shown.</summary>
    public string SubtitleWithZone => Subtitle + " · toutes les heures de ce classeur sont en " + ReportTime.ZoneLabel;

    /// <summary>The page header of printed pages.</summary>
    public string PageHeader(string sheetTitle) =>
        sheetTitle + " – " + Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public IReadOnlyList<Territory> Territories => Result.Reference?.Territories ?? [];

    /// <summary>True when the result holds the indicator for that scope.</summary>
    public bool HasScope(string code, string scope) => _indicators.ContainsKey((code, scope));

    public decimal? Value(string code, string scope) =>
        _indicators.TryGetValue((code, scope), out var indicator) ? indicator.Value : null;

    /// <summary>The indicator's unit as the calculator gave it, or the spec's unit of the code when it is absent from the result.</summary>
    public string Unit(string code) => _units.TryGetValue(code, out var unit) ? unit : IndicatorLabels.Unit(code);

    /// <summary>An indicator's value as a cell formatted for its unit (empty when absent or undefined).</summary>
    public ReportCell Cell(string code, string scope) => ReportCell.Numeric(Value(code, scope), NumberFormats.ForUnit(Unit(code)));

    public string TerritoryName(string code) => _territories.TryGetValue(code, out var t) ? t.Name : code;

    public MemberStructure? Structure(string? code) =>
        code is not null && _structures.TryGetValue(code, out var s) ? s : null;

    public IEnumerable<MemberStructure> Members => (Result.Reference?.Structures ?? []).Where(s => s.IsMember);
}
