using FederationFunctions.Core.Ingestion;
using FederationFunctions.Core.Tests.TestSupport;
using FederationFunctions.Core.Validation;
using FederationFunctions.Core.Validation.Sheets;
using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Tests.Validation;

/// <summary>
/// Numbers and date examples in the messages a centre or the federation reads (issue 12, point 5): a decimal is written
/// with the French decimal comma, in the message and in the value read; an example date falls in the workbook's own year;
/// no message proposes a year that is not the workbook's.
/// </summary>
public class MessageNumbersAndDatesTests
{
    private const int Year = 2026;

    private static CentreWorkbookFixture CentreOf(int year) => new()
    {
        Structure = s => s
            .Row(1, "Code structure", CentreWorkbookFixture.Code)
            .Row(2, "Année", year)
            .Row(3, "Nom de la structure", "Centre social des Oliviers")
            .Row(4, "Salariés (personnes)", 12)
            .Row(5, "Salariés (ETP)", 7.5)
            .Row(6, "Bénévoles d'activité", 40)
            .Row(7, "Administrateurs bénévoles", 8),
        Rencontres = s =>
        {
            CentreWorkbookFixture.RencontresHeader(s);
            s.Row(2, "AT-LIL-01", Cells.Date(year, 3, 15), "Assemblée territoriale", 2, 3, "Oui");
        },
        Formations = s =>
        {
            CentreWorkbookFixture.FormationsHeader(s);
            s.Row(2, "SAL-REF", "Être référent famille", Cells.Date(year, 4, 12), 3, 0);
        },
    };

    private static ValidationIssue Single(ValidationResult<Model.CentreWorkbook> result, string code)
    {
        var matching = result.Issues.Where(i => i.Code == code).ToArray();
        Assert.True(matching.Length == 1, $"Expected one {code}, got: {string.Join(" | ", result.Issues.Select(i => i.Code + ": " + i.Message))}");
        return matching[0];
    }

    private static ValidationResult<Model.CentreWorkbook> Validate(CentreWorkbookFixture fixture) =>
        new CentreWorkbookValidator().Validate(fixture.Build(), CentreWorkbookFixture.Code);

    [Fact]
    public void DecimalNumberInIntegerColumn_MessageAndValueReadUseTheDecimalComma()
    {
        var fixture = CentreOf(Year);
        fixture.Rencontres = s =>
        {
            CentreWorkbookFixture.RencontresHeader(s);
            s.Row(2, "AT-LIL-01", Cells.Date(Year, 3, 15), "Assemblée territoriale", 2.5, 3, "Oui");
        };

        var issue = Single(Validate(fixture), IssueCodes.IntegerInvalid);

        Assert.Contains("« 2,5 » n'est pas un nombre entier", issue.Message, StringComparison.Ordinal);
        Assert.Equal("2,5", issue.Value);
        Assert.DoesNotContain("2.5", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NumberWithThreeDecimalsInMoneyColumn_IsQuotedWithTheDecimalComma()
    {
        var fixture = CentreOf(Year);
        fixture.Dispositifs = s =>
        {
            CentreWorkbookFixture.DispositifsHeader(s);
            s.Row(2, "Santé – nutrition", "Ateliers cuisine", "Terminé", 1500.125, "ARS", 25, 10);
        };

        var issue = Single(Validate(fixture), IssueCodes.MoneyInvalid);

        Assert.StartsWith("« 1500,125 » a plus de 2 décimales", issue.Message[(issue.Message.IndexOf('«', StringComparison.Ordinal))..], StringComparison.Ordinal);
        Assert.Equal("1500,125", issue.Value);
    }

    [Theory]
    [InlineData("32/13/2026", IssueCodes.DateInvalid)]
    [InlineData("bientôt", IssueCodes.DateInvalid)]
    [InlineData(null, IssueCodes.ValueRequired)]
    public void MeetingDateInvalidOrBlank_ExampleDateFallsInTheActivityYear(string? date, string code)
    {
        var fixture = CentreOf(Year);
        fixture.Rencontres = s =>
        {
            CentreWorkbookFixture.RencontresHeader(s);
            s.Row(2, "AT-LIL-01", date, "Assemblée territoriale", 2, 3, "Oui");
        };

        var issue = Single(Validate(fixture), code);

        Assert.Contains("par exemple 15/03/2026", issue.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("2023", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidTrainingDate_ExampleDateFallsInTheActivityYear()
    {
        var fixture = CentreOf(2024);
        fixture.Formations = s =>
        {
            CentreWorkbookFixture.FormationsHeader(s);
            s.Row(2, "SAL-REF", "Être référent famille", "12 brumaire 2024", 3, 0);
        };

        var issue = Single(Validate(fixture), IssueCodes.DateInvalid);

        Assert.Contains("par exemple 15/03/2024", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidDateWhenTheYearCannotBeRead_GivesTheFormatWithoutInventingAYear()
    {
        var fixture = CentreOf(Year);
        fixture.Structure = s => s
            .Row(1, "Code structure", CentreWorkbookFixture.Code)
            .Row(2, "Année", "l'an prochain")
            .Row(4, "Salariés (personnes)", 12)
            .Row(5, "Salariés (ETP)", 7.5)
            .Row(6, "Bénévoles d'activité", 40)
            .Row(7, "Administrateurs bénévoles", 8);
        fixture.Rencontres = s =>
        {
            CentreWorkbookFixture.RencontresHeader(s);
            s.Row(2, "AT-LIL-01", "32/13/2026", "Assemblée territoriale", 2, 3, "Oui");
        };

        var issue = Single(Validate(fixture), IssueCodes.DateInvalid);

        Assert.Contains("jj/mm/aaaa", issue.Message, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(19|20)\d\d\D*$", issue.Message[(issue.Message.IndexOf("Saisissez", StringComparison.Ordinal))..]);
    }

    [Fact]
    public void ActivityYearOutOfRange_ProposesNoOtherYear()
    {
        var fixture = CentreOf(Year);
        fixture.Structure = s => s
            .Row(1, "Code structure", CentreWorkbookFixture.Code)
            .Row(2, "Année", 1999)
            .Row(4, "Salariés (personnes)", 12)
            .Row(5, "Salariés (ETP)", 7.5)
            .Row(6, "Bénévoles d'activité", 40)
            .Row(7, "Administrateurs bénévoles", 8);

        var issue = Single(Validate(fixture), IssueCodes.YearOutOfRange);

        Assert.DoesNotContain("2023", issue.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("par exemple", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReferenceYearOutOfRange_ProposesTheYearOfItsFolder()
    {
        var fixture = new ReferenceWorkbookFixture { Parametres = s => s.Row(2, "Année", 202).Row(3, "Enveloppe FOSFORA (€)", "50 000,00 €") };

        var result = new ReferenceWorkbookValidator().Validate(fixture.Build(), 2027);

        var issue = Assert.Single(result.Issues, i => i.Code == IssueCodes.YearOutOfRange);
        Assert.Contains("sur 4 chiffres, ici 2027 (son dossier de dépôt)", issue.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("2023", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidCalendarDate_ExampleDateFallsInTheReferenceYear()
    {
        var fixture = new ReferenceWorkbookFixture
        {
            Parametres = s => s.Row(2, "Année", 2027).Row(3, "Enveloppe FOSFORA (€)", "50 000,00 €"),
            Calendrier = s =>
            {
                ReferenceWorkbookFixture.CalendrierHeader(s);
                s.Row(2, "AT-LIL-01", "le 15 du mois", "Assemblée territoriale", "LIL", "AT de printemps");
            },
        };

        var result = new ReferenceWorkbookValidator().Validate(fixture.Build(), 2027);

        var issue = Assert.Single(result.Issues, i => i.Code == IssueCodes.DateInvalid);
        Assert.Contains("par exemple 15/03/2027", issue.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("2023", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FileTooLarge_SizeInFrenchMegabytesWithTheDecimalComma()
    {
        var refusal = FileRefusals.TooLarge("activite.xlsx", 2_621_440);

        Assert.Contains("2,5 Mo", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReferenceInAFolderThatIsNotAYear_SuggestsTheYearWrittenInItsName()
    {
        var path = UploadPath.Parse(UploadKind.Reference, "reference", "referentiels/referentiel-2027.xlsx");

        Assert.Contains("ici sans doute reference/2027/referentiel-2027.xlsx", path.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain("2024", path.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ReferenceInAFolderThatIsNotAYear_WithoutAYearInItsName_ProposesNoYear()
    {
        var path = UploadPath.Parse(UploadKind.Reference, "reference", "derniers/referentiel.xlsx");

        Assert.DoesNotMatch(@"\b20\d\d\b", path.Problem![path.Problem!.IndexOf("Déposez", StringComparison.Ordinal)..]);
        Assert.Contains("reference/{année}/referentiel.xlsx (l'année du référentiel, sur 4 chiffres)", path.Problem, StringComparison.Ordinal);
    }
}
