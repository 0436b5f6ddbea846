using FederationFunctions.Core.Tests.TestSupport;
using FederationFunctions.Core.Validation;

namespace FederationFunctions.Core.Tests.Validation;

public class CentreWorkbookValidatorVolumeTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public void FiveThousandRowsInEverySheet_AreAllRead()
    {
        var fixture = new CentreWorkbookFixture
        {
            Rencontres = s =>
            {
                CentreWorkbookFixture.RencontresHeader(s);
                for (var row = 2; row <= 5_001; row++)
                {
                    s.Row(row, "AT-" + row, Cells.Date(2023, 1 + (row % 12), 1 + (row % 28)), "Assemblée territoriale", row % 3, 1, "Oui");
                }
            },
            Formations = s =>
            {
                CentreWorkbookFixture.FormationsHeader(s);
                for (var row = 2; row <= 5_001; row++)
                {
                    s.Row(row, "SAL-" + row, "Formation " + row, "15/03/2023", 1, row % 2);
                }
            },
            Dispositifs = s =>
            {
                CentreWorkbookFixture.DispositifsHeader(s);
                for (var row = 2; row <= 5_001; row++)
                {
                    s.Row(row, "Santé – nutrition", "Projet " + row, "En cours", "1 200,50 €", "ARS", row, 3);
                }
            },
        };

        var data = fixture.Build();
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var result = new CentreWorkbookValidator().Validate(data, CentreWorkbookFixture.Code);
        output.WriteLine($"3 x 5,000 rows validated in {stopwatch.ElapsedMilliseconds} ms (first run)");
        stopwatch.Restart();
        new CentreWorkbookValidator().Validate(data, CentreWorkbookFixture.Code);
        output.WriteLine($"3 x 5,000 rows validated in {stopwatch.ElapsedMilliseconds} ms (second run)");

        Assert.Empty(result.Issues);
        Assert.Equal(5_000, result.Workbook!.Meetings.Count);
        Assert.Equal(5_000, result.Workbook.Trainings.Count);
        Assert.Equal(5_000, result.Workbook.Programmes.Count);
        Assert.Equal(1200.50m * 5_000, result.Workbook.Programmes.Sum(p => p.AmountEur));
    }
}
