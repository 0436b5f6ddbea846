using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace FederationFunctions.Core.Tests.Reports;

/// <summary>
/// Reads the charts of a saved workbook package with the Open XML SDK (not ClosedXML, which ignores charts): each
/// chart's sheet, type, title and series, and the cells its references point at.
/// </summary>
internal sealed partial class SavedPackageCharts : IDisposable
{
    private readonly SpreadsheetDocument _document;

    public SavedPackageCharts(Stream package) => _document = SpreadsheetDocument.Open(package, isEditable: false);

    public IReadOnlyList<PackageChart> Charts()
    {
        var charts = new List<PackageChart>();
        var workbook = _document.WorkbookPart!;
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var worksheetPart = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            foreach (var chartPart in worksheetPart.DrawingsPart?.ChartParts ?? [])
            {
                var chart = chartPart.ChartSpace.GetFirstChild<C.Chart>()!;
                var title = string.Concat(chart.Title!.Descendants<DocumentFormat.OpenXml.Drawing.Text>().Select(t => t.Text));
                var bars = chart.PlotArea!.GetFirstChild<C.BarChart>();
                var series = bars?.Elements<C.BarChartSeries>().Select(s => new PackageSeries(
                    s.SeriesText!.StringReference!.Formula!.Text,
                    s.SeriesText.StringReference.StringCache!.Elements<C.StringPoint>().Single().NumericValue!.Text,
                    s.GetFirstChild<C.CategoryAxisData>()!.StringReference!.Formula!.Text,
                    s.GetFirstChild<C.CategoryAxisData>()!.StringReference!.StringCache!.Elements<C.StringPoint>().Select(p => p.NumericValue!.Text).ToList(),
                    s.GetFirstChild<C.Values>()!.NumberReference!.Formula!.Text,
                    NumberCache(s.GetFirstChild<C.Values>()!.NumberReference!.NumberingCache!))).ToList() ?? [];
                charts.Add(new PackageChart(
                    sheet.Name!.Value!,
                    title,
                    bars is null ? chart.PlotArea.ChildElements.Select(e => e.LocalName).FirstOrDefault(n => n.EndsWith("Chart", StringComparison.Ordinal)) ?? "?" : "barChart",
                    bars?.BarDirection?.Val?.Value == C.BarDirectionValues.Column ? "col" : "bar",
                    series));
            }
        }

        return charts;
    }

    /// <summary>The cells a chart formula points at, row by row: text as shown, numbers as numbers; null for an empty or missing cell.</summary>
    public IReadOnlyList<object?> Cells(string formula)
    {
        var match = FormulaPattern().Match(formula);
        Assert.True(match.Success, "not an absolute range: " + formula);
        var sheetName = match.Groups["sheet"].Value.Replace("''", "'", StringComparison.Ordinal);
        var workbook = _document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().SingleOrDefault(s => s.Name?.Value == sheetName);
        Assert.True(sheet is not null, "no sheet " + sheetName);
        var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet;
        var firstColumn = Column(match.Groups["c1"].Value);
        var firstRow = int.Parse(match.Groups["r1"].Value, CultureInfo.InvariantCulture);
        var lastColumn = match.Groups["c2"].Success ? Column(match.Groups["c2"].Value) : firstColumn;
        var lastRow = match.Groups["r2"].Success ? int.Parse(match.Groups["r2"].Value, CultureInfo.InvariantCulture) : firstRow;
        var cells = worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!, StringComparer.Ordinal);
        var values = new List<object?>();
        for (var row = firstRow; row <= lastRow; row++)
        {
            for (var column = firstColumn; column <= lastColumn; column++)
            {
                values.Add(cells.TryGetValue(Letters(column) + row.ToString(CultureInfo.InvariantCulture), out var cell) ? Value(cell) : null);
            }
        }

        return values;
    }

    public void Dispose() => _document.Dispose();

    private object? Value(Cell cell)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString!.InnerText;
        }

        if (cell.CellValue is null || cell.CellValue.Text.Length == 0)
        {
            return null;
        }

        if (cell.DataType?.Value == CellValues.SharedString)
        {
            var index = int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture);
            return _document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(index).InnerText;
        }

        return cell.DataType?.Value is null or CellValues.Number
            ? double.Parse(cell.CellValue.Text, CultureInfo.InvariantCulture)
            : cell.CellValue.Text;
    }

    private static List<double?> NumberCache(C.NumberingCache cache)
    {
        var values = new double?[cache.PointCount!.Val!.Value];
        foreach (var point in cache.Elements<C.NumericPoint>())
        {
            values[point.Index!.Value] = double.Parse(point.NumericValue!.Text, CultureInfo.InvariantCulture);
        }

        return [.. values];
    }

    private static int Column(string letters) => letters.Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1));

    private static string Letters(int column)
    {
        var letters = string.Empty;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    [GeneratedRegex(@"^'(?<sheet>(?:[^']|'')+)'!\$(?<c1>[A-Z]+)\$(?<r1>\d+)(?::\$(?<c2>[A-Z]+)\$(?<r2>\d+))?$")]
    private static partial Regex FormulaPattern();
}

internal sealed record PackageChart(string Sheet, string Title, string Type, string Direction, IReadOnlyList<PackageSeries> Series);

internal sealed record PackageSeries(
    string NameFormula, string NameCache, string CategoriesFormula, IReadOnlyList<string> CategoriesCache, string ValuesFormula, IReadOnlyList<double?> ValuesCache);
