using FederationFunctions.Core.Model;
using FederationFunctions.Core.Tests.TestSupport;
using FederationFunctions.Core.Validation;
using static FederationFunctions.Core.Tests.TestSupport.SpecWorkbooks;

namespace FederationFunctions.Core.Tests.Validation;

// The Catalogue sheet: action codes, audiences, FOSFORA groups and lines, amounts.
public partial class ReferenceWorkbookValidatorTests
{
    [Fact]
    public void CatalogueActionCodeTwice_IsAnError()
    {
        var fixture = new ReferenceWorkbookFixture
        {
            Catalogue = s =>
            {
                ReferenceWorkbookFixture.ValidCatalogue(s);
                s.Row(5, "sal-ref", "Doublon", null, null, null, null, null, null);
            },
        };

        Assert.Equal(("Catalogue", 5, "A"), Single(Validate(fixture), "DUPLICATE_CODE") is var i ? (i.Sheet, i.Row, i.Column) : default);
    }

    [Fact]
    public void CatalogueGroupWithoutLine_IsAnError()
    {
        var fixture = new ReferenceWorkbookFixture
        {
            Catalogue = s =>
            {
                ReferenceWorkbookFixture.CatalogueHeader(s);
                s.Row(2, "MIX-HAN", "Inclusion et handicap", "Mixte", "Formation des bénévoles", null, 2, 800, null);
            },
        };

        var issue = Single(Validate(fixture), "FOSFORA_LINE_REQUIRED");
        Assert.Equal(("Catalogue", 2, "E", "Ligne FOSFORA"), (issue.Sheet, issue.Row, issue.Column, issue.Header));
        Assert.Contains("« Formation des bénévoles »", issue.Message);
    }

    [Fact]
    public void CatalogueNegativeAmountsAndCounts_AreErrors()
    {
        var fixture = new ReferenceWorkbookFixture
        {
            Catalogue = s =>
            {
                ReferenceWorkbookFixture.CatalogueHeader(s);
                s.Row(2, "MIX-HAN", "Inclusion", "Mixte", null, null, -1, "-800 €", -3);
            },
        };

        var result = Validate(fixture);
        Assert.Equal(["F", "G", "H"], result.Issues.Select(i => i.Column));
        Assert.All(result.Issues, i => Assert.Equal(Severity.Error, i.Severity));
    }

    [Fact]
    public void CatalogueAmountsAboveTheEnvelope_AreAccepted()
    {
        var fixture = new ReferenceWorkbookFixture
        {
            Parametres = s => s.Row(1, "Année", 2023).Row(2, "Enveloppe FOSFORA (€)", 1000),
        };

        var result = Validate(fixture);
        AssertAccepted(result);
        Assert.Equal(1000m, result.Workbook!.FosforaEnvelopeEur);
        Assert.Equal(4800m, result.Workbook.Catalogue.Sum(a => a.FosforaAmountEur));
    }

    [Fact]
    public async Task ActionCode_Duplicate_IsAnError()
    {
        var package = Reference();
        package["Catalogue"].Row("BEN-EMP", "Encore", "Mixte", null, null, null, null, null);

        var result = await CheckReferenceAsync(package);

        AssertSingle(result, Severity.Error, "Catalogue", 4, "A", "Code action", "BEN-EMP");
    }

    [Fact]
    public async Task FosforaLine_MissingWhileGroupGiven_IsAnError()
    {
        var package = Reference();
        package["Catalogue"].Set(3, "E", null);

        var result = await CheckReferenceAsync(package);

        AssertSingle(result, Severity.Error, "Catalogue", 3, "E", "Ligne FOSFORA");
    }

    [Fact]
    public async Task CatalogueLine_NotATrainingNorFosfora_IsAccepted()
    {
        var package = Reference();
        package["Catalogue"].Row("FIN-SPE", "Financement spécifique", null, null, null, null, "1 500 €", null);

        var result = await CheckReferenceAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Equal(new CatalogueAction("FIN-SPE", "Financement spécifique", null, null, null, 0, 1500m, 0), result.Workbook!.Catalogue[2]);
    }

    [Theory]
    [InlineData("F", "-1")]
    [InlineData("G", "12,345")]
    [InlineData("H", "beaucoup")]
    public async Task CatalogueNumbers_Invalid_AreErrors(string column, string text)
    {
        var package = Reference();
        package["Catalogue"].Set(2, column, text);

        var result = await CheckReferenceAsync(package);

        AssertSingle(result, Severity.Error, "Catalogue", 2, column, value: text);
    }

    [Theory]
    [InlineData("salaries", Audience.Salaries)]
    [InlineData("BÉNÉVOLES", Audience.Benevoles)]
    [InlineData("Mixte", Audience.Mixte)]
    public async Task Audience_AnyCaseOrAccents_IsRecognised(string text, Audience expected)
    {
        var package = Reference();
        package["Catalogue"].Set(2, "C", text);

        var result = await CheckReferenceAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Equal(expected, result.Workbook!.Catalogue[0].Audience);
    }

    [Fact]
    public async Task Audience_Unknown_IsAnError()
    {
        var package = Reference();
        package["Catalogue"].Set(2, "C", "Tout public");

        var result = await CheckReferenceAsync(package);

        AssertSingle(result, Severity.Error, "Catalogue", 2, "C", "Public", "Tout public");
    }

    [Fact]
    public async Task SeveralActions_SharingOneFosforaLine_AreAccepted()
    {
        var package = Reference();
        package["Catalogue"].Row("BEN-CA", "Le conseil d'administration", "Bénévoles", "Formation des bénévoles", "Formations Bénévoles", 2, "1 200,50 €", 0);

        var result = await CheckReferenceAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Equal(["SAL-REF", "BEN-EMP", "BEN-CA"], result.Workbook!.Catalogue.Select(a => a.ActionCode));
        Assert.Equal(1200.50m, result.Workbook.Catalogue[2].FosforaAmountEur);
    }
}
