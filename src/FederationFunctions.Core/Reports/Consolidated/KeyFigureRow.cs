using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Reports.Excel;

namespace FederationFunctions.Core.Reports.Consolidated;

/// <summary>
/// A line of a key-figures table: a label and an indicator shown for Nord, Pas-de-Calais and the federation, with the
/// federation's value of last year and the change; or a heading. A figure that exists only federation-wide shows
/// <see cref="FederationOnly"/> in the department columns, which a note under the table explains.
/// </summary>
internal sealed record KeyFigureRow(string Label, string? Code)
{
    /// <summary>Shown in a department column for a figure computed only for the whole federation.</summary>
    public const string FederationOnly = "—";

    public static IReadOnlyList<string> Headers(ConsolidatedSheetContext context) =>
        ["Chiffre clé", "Nord", "Pas-de-Calais", "Fédération " + context.YearLabel, "Fédération " + context.PreviousYearLabel, "Évolution", "Évolution (%)"];

    public static KeyFigureRow Heading(string label) => new(label, null);

    /// <summary>True when the indicator has no department value (e.g. training and FOSFORA figures).</summary>
    public bool IsFederationOnly(ConsolidatedSheetContext context) =>
        Code is not null && !context.HasScope(Code, IndicatorScopes.Nord);

    public ReportRow ToRow(ConsolidatedSheetContext context)
    {
        if (Code is null)
        {
            return ReportRow.HeadingOf(ReportCell.Of(Label));
        }

        var federationOnly = IsFederationOnly(context);
        var value = context.Value(Code, IndicatorScopes.Federation);
        return ReportRow.Of(
        [
            ReportCell.Of(Label),
            federationOnly ? ReportCell.Of(FederationOnly) : context.Cell(Code, IndicatorScopes.Nord),
            federationOnly ? ReportCell.Of(FederationOnly) : context.Cell(Code, IndicatorScopes.PasDeCalais),
            context.Cell(Code, IndicatorScopes.Federation),
            .. context.YearOverYear.Cells(Code, IndicatorScopes.Federation, value, context.Unit(Code)),
        ]);
    }
}
