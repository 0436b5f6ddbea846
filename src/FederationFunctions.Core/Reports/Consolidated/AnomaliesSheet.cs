using ClosedXML.Excel;
using FederationFunctions.Core.Reports.Excel;

namespace FederationFunctions.Core.Reports.Consolidated;

/// <summary><c>Anomalies</c>: everything the consolidation could not use or link.</summary>
internal static class AnomaliesSheet
{
    public const string Name = "Anomalies";

    private const double DescriptionWidth = 90;

    public static readonly IReadOnlyList<string> Headers = ["Type", "Structure", "Nom", "Feuille", "Ligne", "Description"];

    public static void Write(XLWorkbook workbook, ConsolidatedSheetContext context)
    {
        var anomalies = context.Result.Anomalies;
        var builder = new ReportSheetBuilder(workbook, Name, context.PageHeader("Anomalies"));
        builder.AddTitle("Anomalies : données non comptées ou non rattachées", context.Subtitle);
        builder.AddTable(
            Headers,
            anomalies.Select(a => ReportRow.Of(
                ReportCell.Of(FrenchLabels.Anomaly(a.Kind)),
                ReportCell.Of(a.StructureCode),
                ReportCell.Of(context.Structure(a.StructureCode)?.Name),
                ReportCell.Of(a.Sheet),
                a.Row is { } row ? ReportCell.Count(row) : ReportCell.Empty,
                ReportCell.Of(a.Message))),
            isMain: true);
        builder.SetWidth(6, DescriptionWidth);
        if (anomalies.Count == 0)
        {
            builder.AddNotes(["Aucune anomalie : toutes les données reçues ont pu être rattachées."]);
        }

        builder.Finish();
    }
}
