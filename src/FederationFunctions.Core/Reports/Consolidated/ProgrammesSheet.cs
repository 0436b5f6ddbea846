using ClosedXML.Excel;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Reports.Charts;
using FederationFunctions.Core.Reports.Excel;

namespace FederationFunctions.Core.Reports.Consolidated;

/// <summary><c>Dispositifs</c>: per programme and department, structures, share of the network, projects, amounts, participants, actions.</summary>
internal static class ProgrammesSheet
{
    public const string Name = "Dispositifs";

    public static void Write(XLWorkbook workbook, ConsolidatedSheetContext context)
    {
        var builder = new ReportSheetBuilder(workbook, Name, context.PageHeader("Dispositifs"));
        builder.AddTitle("Dispositifs et projets", context.Subtitle);
        var rows = Enum.GetValues<ProgrammeCode>().SelectMany(code => ConsolidatedSheetContext.DepartmentScopes.Select(d =>
        {
            return new ReportRow(
                [
                    ReportCell.Of(code.ToString()),
                    ReportCell.Of(IndicatorLabels.ProgrammeLabel(code)),
                    ReportCell.Of(d.Label),
                    context.Cell(IndicatorCodes.Dispositif(code, IndicatorCodes.DispositifStructures), d.Scope),
                    context.Cell(IndicatorCodes.Dispositif(code, IndicatorCodes.DispositifTauxReseau), d.Scope),
                    context.Cell(IndicatorCodes.Dispositif(code, IndicatorCodes.DispositifProjets), d.Scope),
                    context.Cell(IndicatorCodes.Dispositif(code, IndicatorCodes.DispositifMontant), d.Scope),
                    context.Cell(IndicatorCodes.Dispositif(code, IndicatorCodes.DispositifHabitants), d.Scope),
                    context.Cell(IndicatorCodes.Dispositif(code, IndicatorCodes.DispositifActions), d.Scope),
                ],
                d.Scope == IndicatorScopes.Federation ? RowEmphasis.Total : RowEmphasis.Normal);
        }));
        builder.AddTable(
            ["Code", "Dispositif", "Périmètre", "Structures", "Part du réseau", "Projets", "Montant accordé", "Habitants participants", "Actions réalisées"],
            rows,
            isMain: true);
        builder.AddNotes(["Seuls les projets en cours ou terminés sont comptés. Part du réseau : structures engagées dans le dispositif rapportées aux structures adhérentes du même périmètre."]);

        builder.AddSection("Structures engagées par dispositif");
        var programmes = Enum.GetValues<ProgrammeCode>();
        var structuresHeader = builder.AddTable(
            ["Dispositif", "Nord", "Pas-de-Calais", "Fédération"],
            programmes.Select(code => ReportRow.Of(
                [
                    ReportCell.Of(IndicatorLabels.ProgrammeLabel(code)),
                    .. ConsolidatedSheetContext.DepartmentScopes.Select(d => context.Cell(IndicatorCodes.Dispositif(code, IndicatorCodes.DispositifStructures), d.Scope)),
                ])));
        var first = structuresHeader + 1;
        var last = structuresHeader + programmes.Length;
        context.Charts.Add(new ChartDefinition(
            Name,
            "Structures engagées par dispositif",
            ChartKind.Bar,
            CellRange.Column(Name, 1, first, last),
            [
                new ChartSeries(CellRange.Cell(Name, structuresHeader, 2), CellRange.Column(Name, 2, first, last), ChartColors.Current),
                new ChartSeries(CellRange.Cell(Name, structuresHeader, 3), CellRange.Column(Name, 3, first, last), ChartColors.Second),
            ],
            NumberFormats.Count,
            builder.ReserveChart(9, rows: 24),
            Stacked: true));
        builder.Finish();
    }
}
