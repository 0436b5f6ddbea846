using FederationFunctions.Core.Model;
using FederationFunctions.Core.Tests.TestSupport;
using FederationFunctions.Core.Validation;
using FederationFunctions.Core.Workbooks;
using Xunit.Abstractions;
using static FederationFunctions.Core.Tests.TestSupport.SpecWorkbooks;

namespace FederationFunctions.Core.Tests.Validation;

/// <summary>
/// <see cref="CentreWorkbookValidator"/>, split by sheet into partial files (Sheets, Tables, Structure, Rencontres,
/// Formations, Dispositifs, CellValues). Tests built on <see cref="CentreWorkbookFixture"/> validate read cells
/// directly; tests built on <see cref="SpecWorkbooks"/> check real packages through <see cref="WorkbookChecker"/>
/// under fr-FR and en-US, rule by rule from the centre workbook format.
/// </summary>
public partial class CentreWorkbookValidatorTests(ITestOutputHelper output)
{
    private static ValidationResult<CentreWorkbook> Validate(CentreWorkbookFixture fixture, string? expectedCode = CentreWorkbookFixture.Code, WorkbookReaderLimits? limits = null) =>
        new CentreWorkbookValidator(limits).Validate(fixture.Build(), expectedCode);

    private static ValidationIssue Single(ValidationResult<CentreWorkbook> result, string code)
    {
        var matching = result.Issues.Where(i => i.Code == code).ToArray();
        Assert.True(matching.Length == 1, $"Expected one {code}, got: {string.Join(" | ", result.Issues.Select(i => i.Code + ": " + i.Message))}");
        return matching[0];
    }

    private static void AssertAccepted(ValidationResult<CentreWorkbook> result)
    {
        Assert.True(result.Outcome == UploadOutcome.Acceptee, string.Join(" | ", result.Issues.Select(i => i.Message)));
        Assert.NotNull(result.Workbook);
    }

    [Fact]
    public void ValidWorkbook_IsAcceptedAndNormalised()
    {
        var result = Validate(new CentreWorkbookFixture());

        AssertAccepted(result);
        Assert.Equal("Acceptée", result.Outcome.ToFrenchLabel());
        var workbook = result.Workbook!;
        Assert.Equal(new StructureDeclaration("59-LIL-001", 2023, "Centre social des Oliviers", 12, 7.5m, 40, 8, 300), workbook.Structure);
        Assert.Equal(
            [
                new MeetingRow(2, "AT-LIL-01", new DateOnly(2023, 3, 15), EventType.AT, 2, 3, true),
                new MeetingRow(3, null, new DateOnly(2023, 6, 1), EventType.DIRECTIONS, 1, 0, false),
            ],
            workbook.Meetings);
        Assert.Equal(
            [
                new TrainingRow(2, "SAL-REF", "Être référent famille", new DateOnly(2023, 4, 12), 3, 0),
                new TrainingRow(3, "BEN-EMP", "La fonction employeur", null, 0, 2),
            ],
            workbook.Trainings);
        Assert.Equal(
            [
                new ProgrammeRow(2, ProgrammeCode.CSC, "Permanences numériques", ProjectStatus.EnCours, 11900m, "FEDER", 60, 29),
                new ProgrammeRow(3, ProgrammeCode.SANTE_NUTRITION, "Ateliers cuisine", ProjectStatus.Termine, 1500m, "ARS", 25, 10),
            ],
            workbook.Programmes);
    }

    [Fact]
    public void RejectedWorkbookWithReadableYear_DeclaresItsYear()
    {
        var fixture = new CentreWorkbookFixture();
        fixture.Structure = s => s.Row(1, "Code structure", "59-LIL-001").Row(2, "Année", "2021").Row(5, "Salariés (ETP)", "8,36")
            .Row(6, "Bénévoles d'activité", "12").Row(7, "Administrateurs bénévoles", "9");

        var result = Validate(fixture);

        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
        Assert.Null(result.Workbook);
        Assert.Equal(2021, result.DeclaredYear);
    }

    [Theory]
    [InlineData("1999")]
    [InlineData("deux mille")]
    public void RejectedWorkbookWithUnreadableYear_DeclaresNoYear(string year)
    {
        var fixture = new CentreWorkbookFixture();
        fixture.Structure = s => s.Row(1, "Code structure", "59-LIL-001").Row(2, "Année", year).Row(4, "Salariés (personnes)", "12")
            .Row(5, "Salariés (ETP)", "8,36").Row(6, "Bénévoles d'activité", "12").Row(7, "Administrateurs bénévoles", "9");

        var result = Validate(fixture);

        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
        Assert.Null(result.DeclaredYear);
    }

    [Fact]
    public void SameWorkbook_UnderAnyCurrentCulture_GivesTheSameResult()
    {
        var fixture = new CentreWorkbookFixture();
        fixture.Structure = s => s.Row(1, "Code structure", "59-lil-001").Row(2, "Année", "2023").Row(4, "Salariés (personnes)", "12")
            .Row(5, "Salariés (ETP)", "8,36").Row(6, "Bénévoles d'activité", "1 200").Row(7, "Administrateurs bénévoles", "9");
        Cultures.ForEach(() =>
        {
            var result = Validate(fixture);
            AssertAccepted(result);
            Assert.Equal(8.36m, result.Workbook!.Structure.StaffFte);
            Assert.Equal(1200, result.Workbook.Structure.ActivityVolunteers);
            Assert.Equal(11900m, result.Workbook.Programmes[0].AmountEur);
        });
    }

    [Fact]
    public void EveryProblem_IsCollectedInSheetRowColumnOrder()
    {
        var fixture = new CentreWorkbookFixture
        {
            Dispositifs = s =>
            {
                CentreWorkbookFixture.DispositifsHeader(s);
                s.Row(2, "Inconnu", null, "En cours", "-5 €", null, "beaucoup", null);
            },
            Formations = s =>
            {
                CentreWorkbookFixture.FormationsHeader(s);
                s.Row(3, "SAL-REF", null, "hier", "douze", 1);
            },
        };
        fixture.Structure = s =>
        {
            CentreWorkbookFixture.ValidStructure(s);
            s.Row(6, "Bénévoles d'activité", "quarante");
        };

        var result = Validate(fixture);

        Assert.Equal(
            [
                ("Structure", 6, "B"),
                ("Formations", 3, "C"),
                ("Formations", 3, "D"),
                ("Dispositifs", 2, "A"),
                ("Dispositifs", 2, "D"),
                ("Dispositifs", 2, "F"),
            ],
            result.Issues.Select(i => (i.Sheet!, i.Row!.Value, i.Column!)));
        Assert.All(result.Issues, i => Assert.Equal(Severity.Error, i.Severity));
        Assert.Equal(6, result.ErrorCount);
    }

    [Fact]
    public async Task EveryProblem_IsCollected_InSheetRowColumnOrder()
    {
        var package = Centre();
        package["Rencontres"].Set(2, "D", "deux").Set(3, "C", "Séminaire");
        package["Formations"].Set(2, "D", -1).Set(3, "E", "1,5");

        var result = await CheckCentreAsync(package);

        Assert.Equal(
            [("Rencontres", 2, "D"), ("Rencontres", 3, "C"), ("Formations", 2, "D"), ("Formations", 3, "E")],
            result.Issues.Select(i => (i.Sheet!, i.Row!.Value, i.Column!)));
        Assert.All(result.Issues, i => Assert.Equal(Severity.Error, i.Severity));
    }

    [Fact]
    public async Task EveryCentreMessage_StartsWithItsLocation_AndEndsWithAFullStop()
    {
        var package = Centre();
        package["Structure"].Set(1, "B", "59-LIL-01").Set(2, "B", "deux mille").Set(4, "B", -3).Set(5, "B", "1,2,3").Set(9, "A", "Bénévoles").Set(9, "B", 3);
        package["Structure"].Rows[6] = null;
        package["Rencontres"].Set(1, "G", "Remarques")
            .Set(2, "B", "05/13/2023").Set(2, "C", "Séminaire").Set(2, "D", "douze").Set(2, "E", "1.200").Set(2, "F", "Peut-être")
            .Set(3, "B", RawCell.Error("#N/A")).Set(3, "D", RawCell.FormulaWithoutValue("SUM(A1:A2)")).Set(3, "E", null)
            .Row("Total", null, null, 3, 3);
        package["Formations"].Row("X", null, "mai 2023", 0, 0).Row(null, null, null, 1, "12,5");
        package["Dispositifs"].Set(2, "A", "Contrat de ville").Set(2, "C", "Suspendu").Set(3, "D", "12,345 €")
            .Row("ANCV", null, "En cours", null, null, null, null)
            .Row("ANCV", null, "En cours", null, null, null, null);

        var result = await CheckCentreAsync(package, "59-ROU-002");

        foreach (var issue in result.Issues)
        {
            output.WriteLine($"{issue.Severity} {issue.Code} | {issue.Message}");
        }

        Assert.All(result.Issues, issue =>
        {
            var prefix = issue.Row is null ? $"{issue.Sheet} : " : issue.Column is null ? $"{issue.Sheet}, ligne {issue.Row} : " : $"{issue.Sheet}, ligne {issue.Row}, colonne {issue.Column} ({issue.Header}) : ";
            Assert.StartsWith(prefix, issue.Message, StringComparison.Ordinal);
            Assert.EndsWith(".", issue.Message, StringComparison.Ordinal);
        });
        Assert.True(result.Issues.Count >= 20, $"only {result.Issues.Count} issues");
    }
}
