using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Reports.Excel;

namespace FederationFunctions.Core.Reports.Consolidated;

/// <summary>A line of a key-figures table: a label and an indicator shown for Nord, Pas-de-Calais and the federation; or a heading.</summary>
internal sealed record KeyFigureRow(string Label, string? Code)
{
    public static readonly IReadOnlyList<string> Headers = ["Chiffre clé", "Nord", "Pas-de-Calais", "Fédération"];

    public static KeyFigureRow Heading(string label) => new(label, null);

    public ReportRow ToRow(ConsolidatedSheetContext context) => Code is null
        ? ReportRow.HeadingOf(ReportCell.Of(Label))
        : ReportRow.Of(
            ReportCell.Of(Label),
            context.Cell(Code, IndicatorScopes.Nord),
            context.Cell(Code, IndicatorScopes.PasDeCalais),
            context.Cell(Code, IndicatorScopes.Federation));
}
