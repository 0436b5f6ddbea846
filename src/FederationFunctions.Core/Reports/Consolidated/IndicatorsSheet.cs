using ClosedXML.Excel;
using FederationFunctions.Core.Reports.Excel;

namespace FederationFunctions.Core.Reports.Consolidated;

/// <summary>
/// <c>Indicateurs</c>, the machine-readable contract: the header in row 1 (no title rows, so tools read the
/// table directly), one row per (code, scope) in the calculator's order, <c>Valeur</c> a number cell (empty
/// where undefined). The year and computation time are in a note on <c>A1</c> and in the printed page header.
/// </summary>
internal static class IndicatorsSheet
{
    public const string Name = "Indicateurs";

    public static readonly IReadOnlyList<string> Headers = ["Code", "Périmètre", "Libellé", "Valeur", "Unité"];

    public static void Write(XLWorkbook workbook, ConsolidatedSheetContext context)
    {
        var builder = new ReportSheetBuilder(
            workbook,
            Name,
            "Indicateurs – " + context.Subtitle);
        builder.AddTable(
            Headers,
            context.Result.Indicators.Select(i => ReportRow.Of(
                ReportCell.Of(i.Code),
                ReportCell.Of(i.Scope),
                ReportCell.Of(i.Label),
                ReportCell.Numeric(i.Value, NumberFormats.ForUnit(i.Unit)),
                ReportCell.Of(i.Unit))),
            isMain: true);
        builder.Measure(4, 14);
        builder.Finish();
        var note = builder.Sheet.Cell(1, 1).Comment;
        note.AddText("Indicateurs " + context.Subtitle + ". Valeurs exactes ; les taux sont des fractions de 0 à 1 affichées en pourcentage.");
        note.Style.Size.Width = 40;
        note.Style.Size.Height = 8;
    }
}
