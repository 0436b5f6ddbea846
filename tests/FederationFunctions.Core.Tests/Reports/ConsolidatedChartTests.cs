using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Reports;
using FederationFunctions.Core.Tests.Consolidation;

namespace FederationFunctions.Core.Tests.Reports;

/// <summary>The native charts of the consolidated workbook, read back from the saved package with the Open XML SDK.</summary>
public class ConsolidatedChartTests
{
    private static MemoryStream Saved(ConsolidationResult result, IReadOnlyList<Indicator> previousYear)
    {
        var stream = new MemoryStream();
        new ConsolidatedWorkbookWriter().Write(result, previousYear, stream);
        stream.Position = 0;
        return stream;
    }

    private static (SavedPackageCharts Package, IReadOnlyList<PackageChart> Charts) Read(IReadOnlyList<Indicator>? previousYear = null)
    {
        var result = SmallNetworkScenario.Result;
        var package = new SavedPackageCharts(Saved(result, previousYear ?? YearOverYearFixtures.Previous(result)));
        return (package, package.Charts());
    }

    [Fact]
    public void Charts_AreNativeBarChartsWithTheirTitlesBesideTheirTables()
    {
        var (package, charts) = Read();
        using (package)
        {
            Assert.Equal(
                [
                    ("Réseau", "Taux de collecte par assemblée territoriale, 2023 et 2022", "barChart", "bar", 2),
                    ("Vie fédérale", "Participation aux assemblées territoriales, 2023 et 2022", "barChart", "bar", 2),
                    ("FOSFORA", "Montant FOSFORA par ligne", "barChart", "bar", 1),
                    ("Santé", "Financements santé par département et par programme", "barChart", "col", 2),
                    ("Dispositifs", "Structures engagées par dispositif", "barChart", "bar", 2),
                ],
                charts.Select(c => (c.Sheet, c.Title, c.Type, c.Direction, c.Series.Count)));
            Assert.All(charts, c => Assert.All(c.Series, s =>
            {
                Assert.StartsWith("'" + c.Sheet + "'!", s.ValuesFormula, StringComparison.Ordinal);
                Assert.StartsWith("'" + c.Sheet + "'!", s.CategoriesFormula, StringComparison.Ordinal);
            }));
        }
    }

    [Fact]
    public void EverySeries_PointsAtCellsThatExistAndHoldThePlottedValues()
    {
        var (package, charts) = Read();
        using (package)
        {
            Assert.Equal(5, charts.Count);
            foreach (var series in charts.SelectMany(c => c.Series))
            {
                Assert.Equal(series.NameCache, Assert.Single(package.Cells(series.NameFormula)));
                var categories = package.Cells(series.CategoriesFormula);
                Assert.Equal(series.CategoriesCache, categories.Select(c => Assert.IsType<string>(c)));
                var values = package.Cells(series.ValuesFormula);
                Assert.Equal(series.ValuesCache.Count, values.Count);
                Assert.Equal(categories.Count, values.Count);
                for (var n = 0; n < values.Count; n++)
                {
                    // The cache holds the cell's number (to the last digit of a double: the cell keeps a decimal's 28 digits).
                    Assert.Equal(series.ValuesCache[n] is null, values[n] is null);
                    if (values[n] is not null)
                    {
                        Assert.Equal(Assert.IsType<double>(values[n]), series.ValuesCache[n]!.Value, 12);
                    }
                }
            }
        }
    }

    [Fact]
    public void CollectionChart_PlotsEachTerritorysRateOfBothYears()
    {
        var (package, charts) = Read();
        using (package)
        {
            var chart = charts.Single(c => c.Sheet == "Réseau");
            Assert.Equal(["AT LIL", "AT DOU", "AT ART", "AT CAL"], chart.Series[0].CategoriesCache);
            Assert.Equal(["Taux de collecte 2023", "Taux de collecte 2022"], chart.Series.Select(s => s.NameCache));
            var result = SmallNetworkScenario.Result;
            var territories = new[] { "LIL", "DOU", "ART", "CAL" };
            AssertClose(territories.Select(t => result.Value("COLLECTE.TAUX", t)), chart.Series[0].ValuesCache);
            var previous = YearOverYearFixtures.Previous(result);
            AssertClose(territories.Select(t => previous.Single(i => i.Code == "COLLECTE.TAUX" && i.Scope == t).Value), chart.Series[1].ValuesCache);
        }
    }

    private static void AssertClose(IEnumerable<decimal?> expected, IReadOnlyList<double?> actual)
    {
        var wanted = expected.ToList();
        Assert.Equal(wanted.Count, actual.Count);
        for (var n = 0; n < wanted.Count; n++)
        {
            Assert.Equal(wanted[n] is null, actual[n] is null);
            if (wanted[n] is { } value)
            {
                Assert.Equal((double)value, actual[n]!.Value, 12);
            }
        }
    }

    [Fact]
    public void HealthChart_PlotsFundingPerDepartmentAndProgramme()
    {
        var (package, charts) = Read();
        using (package)
        {
            var chart = charts.Single(c => c.Sheet == "Santé");
            Assert.Equal(["Financements projets nutrition", "Financements projets prévention cancer"], chart.Series.Select(s => s.NameCache));
            Assert.All(chart.Series, s => Assert.Equal(["Nord", "Pas-de-Calais"], s.CategoriesCache));
            var health = SmallNetworkScenario.Result.Health;
            Assert.Equal([(double)health.Nord.NutritionAmountEur, (double)health.PasDeCalais.NutritionAmountEur], chart.Series[0].ValuesCache);
            Assert.Equal([(double)health.Nord.CancerAmountEur, (double)health.PasDeCalais.CancerAmountEur], chart.Series[1].ValuesCache);
        }
    }

    [Fact]
    public void YearWithoutPredecessor_RateChartsDrawThisYearOnly()
    {
        var (package, charts) = Read(previousYear: []);
        using (package)
        {
            Assert.Equal("Taux de collecte par assemblée territoriale, 2023", charts.Single(c => c.Sheet == "Réseau").Title);
            Assert.Single(charts.Single(c => c.Sheet == "Réseau").Series);
            Assert.Single(charts.Single(c => c.Sheet == "Vie fédérale").Series);
        }
    }
}
