using ClosedXML.Excel;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Reports.Charts;
using FederationFunctions.Core.Reports.Excel;

namespace FederationFunctions.Core.Reports.Consolidated;

/// <summary><c>Santé</c>: the health table, rows as the spec lists them, columns Nord, Pas-de-Calais, Total.</summary>
internal static class HealthSheet
{
    public const string Name = "Santé";

    public static readonly IReadOnlyList<string> Headers = ["Santé", "Nord", "Pas-de-Calais", "Total"];

    public static void Write(XLWorkbook workbook, ConsolidatedSheetContext context)
    {
        var health = context.Result.Health;
        HealthColumn[] columns = [health.Nord, health.PasDeCalais, health.Total];
        ReportRow Row(string label, Func<HealthColumn, ReportCell> cell, RowEmphasis emphasis = RowEmphasis.Normal) =>
            new([ReportCell.Of(label), .. columns.Select(cell)], emphasis);

        var builder = new ReportSheetBuilder(workbook, Name, context.PageHeader("Santé"));
        builder.AddTitle("Santé : nutrition et prévention des cancers", context.Subtitle);
        var headerRow = builder.AddTable(
            Headers,
            [
                Row("Nombre de centres", c => ReportCell.Count(c.Centres)),
                Row("Nombre de projets", c => ReportCell.Count(c.Projects)),
                Row("Nombre de projets nutrition", c => ReportCell.Count(c.NutritionProjects)),
                Row("Financements projets nutrition", c => ReportCell.Euro(c.NutritionAmountEur)),
                Row("Nombre de projets prévention cancer", c => ReportCell.Count(c.CancerProjects)),
                Row("Financements projets prévention cancer", c => ReportCell.Euro(c.CancerAmountEur)),
                Row("Total des financements", c => ReportCell.Euro(c.TotalAmountEur), RowEmphasis.Total),
            ],
            isMain: true);
        builder.AddNotes(["Projets des dispositifs « Santé – nutrition » et « Santé – prévention des cancers » en cours ou terminés."]);

        // Funding per department (columns Nord, Pas-de-Calais) and programme (rows nutrition, cancer prevention).
        const int NutritionFunding = 4;
        const int CancerFunding = 6;
        context.Charts.Add(new ChartDefinition(
            Name,
            "Financements santé par département et par programme",
            ChartKind.Column,
            CellRange.Row(Name, headerRow, 2, 3),
            [
                new ChartSeries(CellRange.Cell(Name, headerRow + NutritionFunding, 1), CellRange.Row(Name, headerRow + NutritionFunding, 2, 3), ChartColors.Current),
                new ChartSeries(CellRange.Cell(Name, headerRow + CancerFunding, 1), CellRange.Row(Name, headerRow + CancerFunding, 2, 3), ChartColors.Second),
            ],
            NumberFormats.Euro,
            builder.ReserveChart(Headers.Count, rows: 16)));
        builder.Finish();
    }
}
