using FederationFunctions.Core.Model;
using FederationFunctions.Core.Tests.TestSupport;
using FederationFunctions.Core.Validation;
using static FederationFunctions.Core.Tests.TestSupport.SpecWorkbooks;

namespace FederationFunctions.Core.Tests.Validation;

// The Territoires sheet: codes, names and departments.
public partial class ReferenceWorkbookValidatorTests
{
    [Theory]
    [InlineData("LI")]
    [InlineData("LILL")]
    [InlineData("L1L")]
    public void TerritoryCodeNotThreeLetters_IsAnError(string code)
    {
        var fixture = new ReferenceWorkbookFixture
        {
            Territoires = s =>
            {
                ReferenceWorkbookFixture.ValidTerritoires(s);
                s.Row(5, code, "Autre", 59);
            },
        };

        var issue = Single(Validate(fixture), "TERRITORY_CODE_INVALID");
        Assert.Equal(("Territoires", 5, "A"), (issue.Sheet, issue.Row, issue.Column));
    }

    [Fact]
    public void TerritoryCodeTwice_IsAnError()
    {
        var fixture = new ReferenceWorkbookFixture
        {
            Territoires = s =>
            {
                ReferenceWorkbookFixture.ValidTerritoires(s);
                s.Row(5, "lil", "Lille bis", 59);
            },
        };

        var issue = Single(Validate(fixture), "DUPLICATE_CODE");
        Assert.Equal(("Territoires", 5, "A"), (issue.Sheet, issue.Row, issue.Column));
        Assert.Contains("ligne 2", issue.Message);
    }

    [Theory]
    [InlineData("60")]
    [InlineData("Somme")]
    public void DepartmentOtherThanNordOrPasDeCalais_IsAnError(string department)
    {
        var fixture = new ReferenceWorkbookFixture
        {
            Territoires = s =>
            {
                ReferenceWorkbookFixture.ValidTerritoires(s);
                s.Row(5, "AMI", "Amiénois", department);
            },
        };

        var issue = Single(Validate(fixture), "ENUM_INVALID");
        Assert.Equal(("Territoires", 5, "C"), (issue.Sheet, issue.Row, issue.Column));
        Assert.Contains("Nord, Pas-de-Calais", issue.Message);
    }

    [Fact]
    public void TerritoryNameMissing_IsAnError()
    {
        var fixture = new ReferenceWorkbookFixture
        {
            Territoires = s =>
            {
                ReferenceWorkbookFixture.ValidTerritoires(s);
                s.Row(5, "AMI", null, 59);
            },
        };

        Assert.Equal("B", Single(Validate(fixture), "VALUE_REQUIRED").Column);
    }

    [Theory]
    [InlineData("Nord", Department.Nord)]
    [InlineData("NORD", Department.Nord)]
    [InlineData("Pas-de-Calais", Department.PasDeCalais)]
    [InlineData("pas de calais", Department.PasDeCalais)]
    [InlineData("62", Department.PasDeCalais)]
    public async Task Department_Alias_IsRecognised(string text, Department expected)
    {
        var package = Reference();
        package["Territoires"].Set(3, "C", text);
        package["Structures"].Set(3, "D", text);

        var result = await CheckReferenceAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Equal(expected, result.Workbook!.Territories[1].Department);
    }

    [Fact]
    public async Task Department_AsNumberCell_IsRecognised()
    {
        var package = Reference();
        package["Territoires"].Set(2, "C", 59);
        package["Structures"].Set(2, "D", 59);

        SpecWorkbooks.AssertAccepted(await CheckReferenceAsync(package));
    }

    [Fact]
    public async Task Department_Unknown_IsAnError()
    {
        var package = Reference();
        package["Territoires"].Set(3, "C", "80");

        var result = await CheckReferenceAsync(package);

        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
        Assert.Equal(("Territoires", 3, "C"), (result.Issues[0].Sheet!, result.Issues[0].Row!.Value, result.Issues[0].Column!));
    }

    [Theory]
    [InlineData("LI")]
    [InlineData("LILL")]
    [InlineData("L1L")]
    public async Task TerritoryCode_NotThreeCapitalLetters_IsAnError(string code)
    {
        var package = Reference();
        package["Territoires"].Set(3, "A", code);
        package["Structures"].Set(3, "E", code);

        var result = await CheckReferenceAsync(package);

        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
        Assert.Equal(("Territoires", 3, "A"), (result.Issues[0].Sheet!, result.Issues[0].Row!.Value, result.Issues[0].Column!));
    }

    [Fact]
    public async Task TerritoryCode_Duplicate_IsAnError()
    {
        var package = Reference();
        package["Territoires"].Row("LIL", "Lille bis", "59");

        var result = await CheckReferenceAsync(package);

        AssertSingle(result, Severity.Error, "Territoires", 4, "A", "Code AT", "LIL");
    }
}
