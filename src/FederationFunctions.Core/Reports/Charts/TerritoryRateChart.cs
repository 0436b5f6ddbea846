using FederationFunctions.Core.Reports.Consolidated;
using FederationFunctions.Core.Reports.Excel;

namespace FederationFunctions.Core.Reports.Charts;

/// <summary>A rate per territory, this year beside last year: horizontal bars, one per territory, from a territory table.</summary>
internal static class TerritoryRateChart
{
    /// <param name="headerRow">The table's header row; territories follow it, one per row, names in column 2.</param>
    /// <param name="rateColumn">The column of this year's rate; last year's is the next one.</param>
    public static ChartDefinition For(
        string sheet, string title, int headerRow, int territories, int rateColumn, ConsolidatedSheetContext context, ChartAnchor anchor)
    {
        var first = headerRow + 1;
        var last = headerRow + territories;
        List<ChartSeries> series =
        [
            new(CellRange.Cell(sheet, headerRow, rateColumn), CellRange.Column(sheet, rateColumn, first, last), ChartColors.Current),
        ];
        if (context.YearOverYear.HasPreviousYear)
        {
            series.Add(new(CellRange.Cell(sheet, headerRow, rateColumn + 1), CellRange.Column(sheet, rateColumn + 1, first, last), ChartColors.Previous));
        }

        return new ChartDefinition(
            sheet,
            title + (context.YearOverYear.HasPreviousYear ? ", " + context.YearLabel + " et " + context.PreviousYearLabel : ", " + context.YearLabel),
            ChartKind.Bar,
            CellRange.Column(sheet, 2, first, last),
            series,
            NumberFormats.Percent,
            anchor);
    }
}
