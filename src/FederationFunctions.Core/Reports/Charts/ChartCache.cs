using ClosedXML.Excel;

namespace FederationFunctions.Core.Reports.Charts;

/// <summary>
/// The values a chart's references point at, read from the written cells and stored in the chart part as its cache,
/// so that a reader that does not recalculate (or a viewer) draws the same figures as the cells hold.
/// </summary>
internal sealed record ChartCache(IReadOnlyList<string> Categories, IReadOnlyList<string> SeriesNames, IReadOnlyList<IReadOnlyList<double?>> Values)
{
    public static ChartCache Read(IXLWorkbook workbook, ChartDefinition chart)
    {
        string Text((int Row, int Column) at, CellRange range) => workbook.Worksheet(range.Sheet).Cell(at.Row, at.Column).GetFormattedString();
        double? Number((int Row, int Column) at, CellRange range)
        {
            var cell = workbook.Worksheet(range.Sheet).Cell(at.Row, at.Column);
            return cell.DataType == XLDataType.Number && !cell.IsEmpty() ? cell.GetDouble() : null;
        }

        return new ChartCache(
            chart.Categories.Cells().Select(c => Text(c, chart.Categories)).ToList(),
            chart.Series.Select(s => Text(s.Name.Cells().First(), s.Name)).ToList(),
            chart.Series.Select(s => (IReadOnlyList<double?>)s.Values.Cells().Select(c => Number(c, s.Values)).ToList()).ToList());
    }
}
