using ClosedXML.Excel;
using FederationFunctions.Core.Reports;
using FederationFunctions.Core.Tests.Consolidation;

namespace FederationFunctions.Core.Tests.Reports;

/// <summary>The writer on a result computed by the real calculator (the small network of the consolidation tests).</summary>
public class CalculatedConsolidationWorkbookTests
{
    [Fact]
    public void Indicateurs_HoldsEveryCalculatedIndicatorInOrderWithItsExactValue()
    {
        var result = SmallNetworkScenario.Result;
        using var workbook = WorkbookReading.WriteAndOpen(s => new ConsolidatedWorkbookWriter().Write(result, s));
        var sheet = workbook.Worksheet("Indicateurs");
        Assert.Equal(result.Indicators.Count + 1, sheet.LastRowUsed()!.RowNumber());
        for (var n = 0; n < result.Indicators.Count; n++)
        {
            var indicator = result.Indicators[n];
            var row = n + 2;
            Assert.Equal(indicator.Code, sheet.Cell(row, 1).GetString());
            Assert.Equal(indicator.Scope, sheet.Cell(row, 2).GetString());
            Assert.Equal(indicator.Unit, sheet.Cell(row, 5).GetString());
            var value = sheet.Cell(row, 4);
            if (indicator.Value is { } expected)
            {
                Assert.Equal(XLDataType.Number, value.DataType);
                Assert.Equal((double)expected, value.GetDouble(), 12);
            }
            else
            {
                Assert.True(value.IsEmpty(), indicator.Code + " " + indicator.Scope);
            }
        }
    }

    [Fact]
    public void Sheets_ShowEveryTerritoryMemberAndAnomaly()
    {
        var result = SmallNetworkScenario.Result;
        using var workbook = WorkbookReading.WriteAndOpen(s => new ConsolidatedWorkbookWriter().Write(result, s));
        var life = workbook.Worksheet("Vie fédérale");
        var lifeHeader = WorkbookReading.FindRow(life, "Code AT");
        Assert.Equal(new[] { "LIL", "DOU", "ART", "CAL" }, Enumerable.Range(lifeHeader + 1, 4).Select(r => life.Cell(r, 1).GetString()).ToArray());

        var completeness = workbook.Worksheet("Complétude");
        var header = WorkbookReading.FindRow(completeness, "Code structure");
        Assert.All(Enumerable.Range(header + 1, 6), r => Assert.Matches(@"^\d{2}-[A-Z]{3}-\d{3}$", completeness.Cell(r, 1).GetString()));
        Assert.True(completeness.Cell(header + 7, 1).IsEmpty());

        var anomalies = workbook.Worksheet("Anomalies");
        var anomalyHeader = WorkbookReading.FindRow(anomalies, "Type");
        Assert.Equal(result.Anomalies.Count, anomalies.Range(anomalyHeader + 1, 6, anomalyHeader + 100, 6).CellsUsed().Count());
    }

    [Fact]
    public void HumanSheets_FormatRatesAmountsAndAveragesPerUnit()
    {
        using var workbook = WorkbookReading.WriteAndOpen(s => new ConsolidatedWorkbookWriter().Write(SmallNetworkScenario.Result, s));
        var programmes = workbook.Worksheet("Dispositifs");
        var header = WorkbookReading.FindRow(programmes, "Code");
        Assert.Equal(new[] { "Code", "Dispositif", "Périmètre", "Structures", "Part du réseau", "Projets", "Montant accordé", "Habitants participants", "Actions réalisées" },
            WorkbookReading.RowTexts(programmes, header, 9));
        Assert.Equal("#,##0", programmes.Cell(header + 1, 4).Style.NumberFormat.Format);
        Assert.Equal("0 %", programmes.Cell(header + 1, 5).Style.NumberFormat.Format);
        Assert.Equal("#,##0 \"€\"", programmes.Cell(header + 1, 7).Style.NumberFormat.Format);

        var life = workbook.Worksheet("Vie fédérale");
        var lifeHeader = WorkbookReading.FindRow(life, "Code AT");
        Assert.Equal("Participants par réunion", life.Cell(lifeHeader, 9).GetString());
        Assert.Equal("#,##0.0", life.Cell(lifeHeader + 1, 9).Style.NumberFormat.Format);
        Assert.Equal("Taux de participation 2023", life.Cell(lifeHeader, 11).GetString());
        Assert.Equal("0 %", life.Cell(lifeHeader + 1, 11).Style.NumberFormat.Format);
    }
}
