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

    /// <summary>The label column: wide enough for most labels on one line, longer ones wrap.</summary>
    private const double LabelWidth = 62;

    public static readonly IReadOnlyList<string> Headers = ["Code", "Périmètre", "Libellé", "Valeur", "Unité"];

    /// <summary>v1.1: last year beside this year, after the contract's five columns.</summary>
    public static readonly IReadOnlyList<string> YearOverYearHeaders = ["Valeur N-1", "Évolution", "Évolution (%)"];

    public static void Write(XLWorkbook workbook, ConsolidatedSheetContext context)
    {
        var builder = new ReportSheetBuilder(
            workbook,
            Name,
            "Indicateurs – " + context.Subtitle);
        var yearOverYear = context.YearOverYear;
        builder.SetWidth(3, LabelWidth);
        builder.AddTable(
            [.. Headers, .. YearOverYearHeaders],
            context.Result.Indicators.Select(i => ReportRow.Of(
            [
                ReportCell.Of(i.Code),
                ReportCell.Of(i.Scope),
                ReportCell.Of(i.Label),
                ReportCell.Numeric(i.Value, NumberFormats.ForUnit(i.Unit)),
                ReportCell.Of(i.Unit),
                .. yearOverYear.Cells(i.Code, i.Scope, i.Value, i.Unit),
            ])),
            isMain: true);
        builder.Measure(4, 12);
        builder.Finish();
        builder.Sheet.Style.Font.FontSize = 9;
        var note = builder.Sheet.Cell(1, 1).Comment;
        note.AddText("Indicateurs " + context.Subtitle + ". Valeurs exactes ; les taux sont des fractions de 0 à 1 affichées en pourcentage.");
        note.Style.Size.Width = 40;
        note.Style.Size.Height = 8;
        var previousNote = builder.Sheet.Cell(1, Headers.Count + 1).Comment;
        previousNote.AddText(yearOverYear.HasPreviousYear
            ? "Valeur N-1 : indicateur enregistré pour " + context.PreviousYearLabel + " (même code, même périmètre), lu tel quel. Évolution = N − N-1 ; Évolution (%) pour les nombres et les montants, vide quand N-1 vaut 0."
            : yearOverYear.MissingNote);
        previousNote.Style.Size.Width = 40;
        previousNote.Style.Size.Height = 8;
    }
}
