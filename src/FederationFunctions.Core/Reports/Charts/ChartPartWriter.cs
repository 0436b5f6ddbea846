using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace FederationFunctions.Core.Reports.Charts;

/// <summary>
/// Adds native chart parts (DrawingML charts, as Excel writes them) to a saved workbook package: ClosedXML 0.95.4 writes
/// no chart, so this is the one place of the report writer where charts are made, with the Open XML SDK, after ClosedXML
/// has saved. Each chart's series refer to the cells of the table it draws from and carry those cells' values as cache.
/// </summary>
internal static class ChartPartWriter
{
    private const uint CategoryAxisId = 48650001;
    private const uint ValueAxisId = 48650002;

    /// <summary>Worksheet children that must come after <c>drawing</c> (CT_Worksheet sequence).</summary>
    private static readonly HashSet<System.Type> AfterDrawing =
    [
        typeof(LegacyDrawing), typeof(LegacyDrawingHeaderFooter), typeof(Picture), typeof(OleObjects), typeof(Controls),
        typeof(WebPublishItems), typeof(TableParts), typeof(WorksheetExtensionList),
    ];

    public static void Add(WorkbookPart workbookPart, IReadOnlyList<(ChartDefinition Chart, ChartCache Cache)> charts)
    {
        ArgumentNullException.ThrowIfNull(workbookPart);
        foreach (var sheetCharts in charts.GroupBy(c => c.Chart.Sheet, StringComparer.Ordinal))
        {
            var sheet = workbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name?.Value == sheetCharts.Key);
            var worksheetPart = (WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!);
            var drawingsPart = DrawingsOf(worksheetPart);
            var id = 1u + (uint)drawingsPart.WorksheetDrawing.ChildElements.Count;
            foreach (var (chart, cache) in sheetCharts)
            {
                var chartPart = drawingsPart.AddNewPart<ChartPart>();
                chartPart.ChartSpace = ChartSpace(chart, cache);
                chartPart.ChartSpace.Save();
                drawingsPart.WorksheetDrawing.Append(Anchor(chart, drawingsPart.GetIdOfPart(chartPart), id++));
            }

            drawingsPart.WorksheetDrawing.Save();
        }
    }

    private static DrawingsPart DrawingsOf(WorksheetPart worksheetPart)
    {
        if (worksheetPart.DrawingsPart is { } existing)
        {
            return existing;
        }

        var drawingsPart = worksheetPart.AddNewPart<DrawingsPart>();
        drawingsPart.WorksheetDrawing = new Xdr.WorksheetDrawing();
        drawingsPart.WorksheetDrawing.AddNamespaceDeclaration("xdr", "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing");
        drawingsPart.WorksheetDrawing.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        var worksheet = worksheetPart.Worksheet;
        var drawing = new Drawing { Id = worksheetPart.GetIdOfPart(drawingsPart) };
        var before = worksheet.ChildElements.FirstOrDefault(e => AfterDrawing.Contains(e.GetType()));
        if (before is null)
        {
            worksheet.Append(drawing);
        }
        else
        {
            worksheet.InsertBefore(drawing, before);
        }

        worksheet.Save();
        return drawingsPart;
    }

    private static Xdr.TwoCellAnchor Anchor(ChartDefinition chart, string relationshipId, uint id) => new(
        new Xdr.FromMarker(
            new Xdr.ColumnId(Index(chart.Anchor.FromColumn)), new Xdr.ColumnOffset("0"),
            new Xdr.RowId(Index(chart.Anchor.FromRow)), new Xdr.RowOffset("0")),
        new Xdr.ToMarker(
            new Xdr.ColumnId(Index(chart.Anchor.ToColumn)), new Xdr.ColumnOffset("0"),
            new Xdr.RowId(Index(chart.Anchor.ToRow)), new Xdr.RowOffset("0")),
        new Xdr.GraphicFrame(
            new Xdr.NonVisualGraphicFrameProperties(
                new Xdr.NonVisualDrawingProperties { Id = id + 1, Name = "Graphique " + id.ToString(CultureInfo.InvariantCulture), Description = chart.Title },
                new Xdr.NonVisualGraphicFrameDrawingProperties()),
            new Xdr.Transform(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 }),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = relationshipId })
            {
                Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart",
            })) { Macro = string.Empty },
        new Xdr.ClientData())
    { EditAs = Xdr.EditAsValues.OneCell };

    private static string Index(int oneBased) => (oneBased - 1).ToString(CultureInfo.InvariantCulture);

    private static C.ChartSpace ChartSpace(ChartDefinition chart, ChartCache cache)
    {
        var bars = new C.BarChart(
            new C.BarDirection { Val = chart.Kind == ChartKind.Bar ? C.BarDirectionValues.Bar : C.BarDirectionValues.Column },
            new C.BarGrouping { Val = chart.Stacked ? C.BarGroupingValues.Stacked : C.BarGroupingValues.Clustered },
            new C.VaryColors { Val = false });
        for (var s = 0; s < chart.Series.Count; s++)
        {
            bars.Append(Series(chart, cache, s));
        }

        bars.Append(new C.GapWidth { Val = 60 });
        if (chart.Stacked)
        {
            bars.Append(new C.Overlap { Val = 100 });
        }

        bars.Append(new C.AxisId { Val = CategoryAxisId }, new C.AxisId { Val = ValueAxisId });

        // Horizontal bars read top to bottom in the table's order: categories reversed, values axis at the bottom.
        var reversed = chart.Kind == ChartKind.Bar;
        var categoryAxis = new C.CategoryAxis(
            new C.AxisId { Val = CategoryAxisId },
            new C.Scaling(new C.Orientation { Val = reversed ? C.OrientationValues.MaxMin : C.OrientationValues.MinMax }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = reversed ? C.AxisPositionValues.Left : C.AxisPositionValues.Bottom },
            new C.NumberingFormat { FormatCode = "General", SourceLinked = false },
            new C.MajorTickMark { Val = C.TickMarkValues.None },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            TextProperties(900, bold: false),
            new C.CrossingAxis { Val = ValueAxisId },
            new C.Crosses { Val = C.CrossesValues.AutoZero },
            new C.AutoLabeled { Val = true },
            new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
            new C.LabelOffset { Val = 100 },
            new C.NoMultiLevelLabels { Val = false });
        var valueAxis = new C.ValueAxis(
            new C.AxisId { Val = ValueAxisId },
            new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = reversed ? C.AxisPositionValues.Bottom : C.AxisPositionValues.Left },
            new C.MajorGridlines(new C.ChartShapeProperties(new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = "D9D9D9" })))),
            new C.NumberingFormat { FormatCode = chart.NumberFormat, SourceLinked = false },
            new C.MajorTickMark { Val = C.TickMarkValues.Outside },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            TextProperties(900, bold: false),
            new C.CrossingAxis { Val = CategoryAxisId },
            new C.Crosses { Val = reversed ? C.CrossesValues.Maximum : C.CrossesValues.AutoZero },
            new C.CrossBetween { Val = C.CrossBetweenValues.Between });

        var space = new C.ChartSpace(
            new C.Date1904 { Val = false },
            new C.EditingLanguage { Val = "fr-FR" },
            new C.RoundedCorners { Val = false },
            new C.Chart(
                Title(chart.Title),
                new C.AutoTitleDeleted { Val = false },
                new C.PlotArea(new C.Layout(), bars, categoryAxis, valueAxis),
                new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }, TextProperties(900, bold: false)),
                new C.PlotVisibleOnly { Val = true },
                new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap }));
        space.AddNamespaceDeclaration("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        space.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        space.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        return space;
    }

    private static C.BarChartSeries Series(ChartDefinition chart, ChartCache cache, int index)
    {
        var series = chart.Series[index];
        var values = cache.Values[index];
        var numbers = new C.NumberingCache(new C.FormatCode(chart.NumberFormat), new C.PointCount { Val = (uint)values.Count });
        for (var p = 0; p < values.Count; p++)
        {
            if (values[p] is { } value)
            {
                numbers.Append(new C.NumericPoint(new C.NumericValue(value.ToString("R", CultureInfo.InvariantCulture))) { Index = (uint)p });
            }
        }

        return new C.BarChartSeries(
            new C.Index { Val = (uint)index },
            new C.Order { Val = (uint)index },
            new C.SeriesText(new C.StringReference(new C.Formula(series.Name.Formula), StringCache([cache.SeriesNames[index]]))),
            new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = series.Color })),
            new C.InvertIfNegative { Val = false },
            new C.CategoryAxisData(new C.StringReference(new C.Formula(chart.Categories.Formula), StringCache(cache.Categories))),
            new C.Values(new C.NumberReference(new C.Formula(series.Values.Formula), numbers)));
    }

    private static C.StringCache StringCache(IReadOnlyList<string> texts)
    {
        var cache = new C.StringCache(new C.PointCount { Val = (uint)texts.Count });
        for (var p = 0; p < texts.Count; p++)
        {
            cache.Append(new C.StringPoint(new C.NumericValue(texts[p])) { Index = (uint)p });
        }

        return cache;
    }

    private static C.Title Title(string text) => new(
        new C.ChartText(new C.RichText(
            new A.BodyProperties(),
            new A.ListStyle(),
            new A.Paragraph(
                new A.ParagraphProperties(new A.DefaultRunProperties { FontSize = 1200, Bold = true }),
                new A.Run(new A.RunProperties { Language = "fr-FR", FontSize = 1200, Bold = true }, new A.Text(text))))),
        new C.Overlay { Val = false });

    private static C.TextProperties TextProperties(int size, bool bold) => new(
        new A.BodyProperties(),
        new A.ListStyle(),
        new A.Paragraph(new A.ParagraphProperties(new A.DefaultRunProperties { FontSize = size, Bold = bold }), new A.EndParagraphRunProperties { Language = "fr-FR" }));
}
