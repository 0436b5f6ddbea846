using ClosedXML.Excel;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Reports;
using FederationFunctions.Core.Tests.Consolidation;

namespace FederationFunctions.Core.Tests.Reports;

/// <summary>
/// v1.1 last year beside this year, on hand-made data: the small network's 2023 with 2022 indicators stored as
/// <see cref="YearOverYearFixtures.Previous"/> says (counts one lower, amounts 10 % lower, rates 0.1 lower), and 2023 alone.
/// </summary>
public class YearOverYearReportTests
{
    private static XLWorkbook Written(IReadOnlyList<Indicator> previousYear) =>
        WorkbookReading.WriteAndOpen(s => new ConsolidatedWorkbookWriter().Write(SmallNetworkScenario.Result, previousYear, s));

    private static XLWorkbook WithLastYear() => Written(YearOverYearFixtures.Previous(SmallNetworkScenario.Result));

    private static int IndicatorRow(IXLWorksheet sheet, string code, string scope) =>
        sheet.RowsUsed().Single(r => r.Cell(1).GetString() == code && r.Cell(2).GetString() == scope).RowNumber();

    [Fact]
    public void Indicateurs_CountHasLastYearTheChangeAndThePercent()
    {
        using var workbook = WithLastYear();
        var sheet = workbook.Worksheet("Indicateurs");
        var row = IndicatorRow(sheet, "RESEAU.STRUCTURES", "FED");

        // 6 members in 2023, 5 stored for 2022: +1, +20 %.
        Assert.Equal(6.0, sheet.Cell(row, 4).GetDouble());
        Assert.Equal(5.0, sheet.Cell(row, 6).GetDouble());
        Assert.Equal(1.0, sheet.Cell(row, 7).GetDouble());
        Assert.Equal(0.2, sheet.Cell(row, 8).GetDouble(), 12);
        Assert.Equal("+0.0 %;-0.0 %;0.0 %", sheet.Cell(row, 8).Style.NumberFormat.Format);
    }

    [Fact]
    public void Indicateurs_AmountHasAPercentAndRateHasNone()
    {
        using var workbook = WithLastYear();
        var sheet = workbook.Worksheet("Indicateurs");
        var amount = IndicatorRow(sheet, "SANTE.MONTANT", "FED");
        var current = sheet.Cell(amount, 4).GetDouble();
        Assert.True(current > 0);
        Assert.Equal(current * 0.9, sheet.Cell(amount, 6).GetDouble(), 6);
        Assert.Equal(current * 0.1, sheet.Cell(amount, 7).GetDouble(), 6);
        Assert.Equal(0.1 / 0.9, sheet.Cell(amount, 8).GetDouble(), 9);

        var rate = IndicatorRow(sheet, "COLLECTE.TAUX", "FED");
        Assert.Equal(0.1, sheet.Cell(rate, 7).GetDouble(), 12);
        Assert.True(sheet.Cell(rate, 8).IsEmpty(), "a rate has no change in percent");
    }

    [Fact]
    public void Indicateurs_PercentIsEmptyWhenLastYearIsZero()
    {
        using var workbook = WithLastYear();
        var sheet = workbook.Worksheet("Indicateurs");

        // 1 member in DOU in 2023, stored 0 for 2022: +1, and no percent of 0.
        var row = IndicatorRow(sheet, "RESEAU.STRUCTURES", "DOU");
        Assert.Equal(1.0, sheet.Cell(row, 4).GetDouble());
        Assert.Equal(0.0, sheet.Cell(row, 6).GetDouble());
        Assert.Equal(1.0, sheet.Cell(row, 7).GetDouble());
        Assert.True(sheet.Cell(row, 8).IsEmpty());
    }

    [Fact]
    public void Indicateurs_IndicatorUnknownLastYearHasEmptyColumns_AndLastYearsOwnCodesAreNotListed()
    {
        var previous = YearOverYearFixtures.Previous(SmallNetworkScenario.Result).Where(i => i.Code != "RH.SALARIES").ToList();
        using var workbook = Written(previous);
        var sheet = workbook.Worksheet("Indicateurs");
        var row = IndicatorRow(sheet, "RH.SALARIES", "FED");
        Assert.All(Enumerable.Range(6, 3), c => Assert.True(sheet.Cell(row, c).IsEmpty()));
        Assert.DoesNotContain(sheet.RowsUsed(), r => r.Cell(2).GetString() == "OLD");
        Assert.Equal(SmallNetworkScenario.Result.Indicators.Count + 1, sheet.RowsUsed().Count());
    }

    [Fact]
    public void YearWithoutPredecessor_ColumnsStayEmptyWithANoteNotZeros()
    {
        using var workbook = Written([]);
        var sheet = workbook.Worksheet("Indicateurs");
        Assert.Equal(["Valeur N-1", "Évolution", "Évolution (%)"], Enumerable.Range(6, 3).Select(c => sheet.Cell(1, c).GetString()));
        Assert.All(sheet.RowsUsed().Skip(1), r => Assert.All(Enumerable.Range(6, 3), c => Assert.True(r.Cell(c).IsEmpty(), $"{r.Cell(1).GetString()} column {c}")));
        Assert.Contains("Aucun indicateur n'est enregistré pour 2022", sheet.Cell(1, 6).Comment.Text, StringComparison.Ordinal);

        var summary = workbook.Worksheet("Synthèse");
        var members = WorkbookReading.FindRow(summary, "Structures adhérentes");
        Assert.All(Enumerable.Range(5, 3), c => Assert.True(summary.Cell(members, c).IsEmpty()));
        Assert.Contains(summary.CellsUsed(), c => c.GetString().StartsWith("Aucun indicateur n'est enregistré pour 2022", StringComparison.Ordinal));
    }

    [Fact]
    public void Synthese_ShowsTheFederationsLastYearAndChange()
    {
        using var workbook = WithLastYear();
        var sheet = workbook.Worksheet("Synthèse");
        var header = WorkbookReading.FindRow(sheet, "Chiffre clé");
        Assert.Equal(["Chiffre clé", "Nord", "Pas-de-Calais", "Fédération 2023", "Fédération 2022", "Évolution", "Évolution (%)"], WorkbookReading.RowTexts(sheet, header, 7));
        var members = WorkbookReading.FindRow(sheet, "Structures adhérentes");
        Assert.Equal([6.0, 5.0, 1.0, 0.2], Enumerable.Range(4, 4).Select(c => Math.Round(sheet.Cell(members, c).GetDouble(), 12)));
    }

    [Fact]
    public void Synthese_FederationOnlyFiguresAreMarkedAndExplained()
    {
        using var workbook = WithLastYear();
        var sheet = workbook.Worksheet("Synthèse");
        var fosfora = WorkbookReading.FindRow(sheet, "Montant FOSFORA");
        Assert.Equal(["—", "—"], [sheet.Cell(fosfora, 2).GetString(), sheet.Cell(fosfora, 3).GetString()]);
        Assert.Contains(sheet.CellsUsed(), c => c.GetString().StartsWith("— : chiffre établi pour l'ensemble de la fédération seulement", StringComparison.Ordinal));
        var members = WorkbookReading.FindRow(sheet, "Structures adhérentes");
        Assert.Equal(XLDataType.Number, sheet.Cell(members, 2).DataType);
    }
}
