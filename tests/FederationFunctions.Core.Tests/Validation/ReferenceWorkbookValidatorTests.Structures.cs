using FederationFunctions.Core.Model;
using FederationFunctions.Core.Tests.TestSupport;
using FederationFunctions.Core.Validation;
using static FederationFunctions.Core.Tests.TestSupport.SpecWorkbooks;

namespace FederationFunctions.Core.Tests.Validation;

// The Structures sheet: codes, territories, departments, type, management and membership.
public partial class ReferenceWorkbookValidatorTests
{
    [Fact]
    public void StructureDepartmentOtherThanItsTerritorys_IsAnError()
    {
        var fixture = new ReferenceWorkbookFixture
        {
            Structures = s =>
            {
                ReferenceWorkbookFixture.StructuresHeader(s);
                s.Row(2, "62-LIL-001", "CS", "Lille", "Pas-de-Calais", "LIL", "CS", "Associatif", "Oui");
            },
        };

        var issue = Single(Validate(fixture), "DEPARTMENT_MISMATCH");
        Assert.Equal(("Structures", 2, "D", "Département"), (issue.Sheet, issue.Row, issue.Column, issue.Header));
        Assert.Contains("« LIL » (Nord (59))", issue.Message);
    }

    [Fact]
    public void StructureTerritoryUnknown_IsAnError()
    {
        var fixture = new ReferenceWorkbookFixture
        {
            Structures = s =>
            {
                ReferenceWorkbookFixture.StructuresHeader(s);
                s.Row(2, "59-XYZ-001", "CS", "Lille", "59", "XYZ", "CS", "Associatif", "Oui");
            },
        };

        var issue = Single(Validate(fixture), "UNKNOWN_TERRITORY");
        Assert.Equal(("Structures", 2, "E", "XYZ"), (issue.Sheet, issue.Row, issue.Column, issue.Value));
    }

    [Fact]
    public void StructureCodeInvalidOrTwice_AreErrors()
    {
        var fixture = new ReferenceWorkbookFixture
        {
            Structures = s =>
            {
                ReferenceWorkbookFixture.ValidStructures(s);
                s.Row(5, "59-lil-001", "Doublon", "Lille", "59", "LIL", "CS", "Associatif", "Oui")
                 .Row(6, "59-LIL-1", "Mauvais", "Lille", "59", "LIL", "CS", "Associatif", "Oui");
            },
        };

        var result = Validate(fixture);
        Assert.Equal(5, Single(result, "DUPLICATE_CODE").Row);
        Assert.Equal(6, Single(result, "STRUCTURE_CODE_INVALID").Row);
    }

    [Fact]
    public void StructureTypeManagementAndMembership_AreChecked()
    {
        var fixture = new ReferenceWorkbookFixture
        {
            Structures = s =>
            {
                ReferenceWorkbookFixture.StructuresHeader(s);
                s.Row(2, "59-LIL-001", "CS", "Lille", "59", "LIL", "Crèche", "Privé", "peut-être");
            },
        };

        var result = Validate(fixture);
        Assert.Equal(["F", "G"], result.Issues.Where(i => i.Code == "ENUM_INVALID").Select(i => i.Column));
        Assert.Equal("H", Single(result, "YES_NO_INVALID").Column);
    }

    [Fact]
    public async Task StructureDepartment_OtherThanItsTerritorys_IsAnError()
    {
        var package = Reference();
        package["Structures"].Set(2, "D", "Pas-de-Calais");

        var result = await CheckReferenceAsync(package);

        AssertSingle(result, Severity.Error, "Structures", 2, "D", "Département", "Pas-de-Calais");
    }

    [Fact]
    public async Task StructureTerritory_Unknown_IsAnError()
    {
        var package = Reference();
        package["Structures"].Set(3, "E", "BET");

        var result = await CheckReferenceAsync(package);

        AssertSingle(result, Severity.Error, "Structures", 3, "E", "Code AT", "BET");
    }

    [Fact]
    public async Task StructureCode_Duplicate_IsAnError()
    {
        var package = Reference();
        package["Structures"].Row("59-LIL-001", "Doublon", "Lille", "59", "LIL", "CS", "Associatif", "Oui");

        var result = await CheckReferenceAsync(package);

        AssertSingle(result, Severity.Error, "Structures", 4, "A", "Code structure", "59-LIL-001");
    }

    [Fact]
    public async Task StructureCode_NotMatchingThePattern_IsAnError()
    {
        var package = Reference();
        package["Structures"].Set(3, "A", "62-ARR-02");

        var result = await CheckReferenceAsync(package);

        AssertSingle(result, Severity.Error, "Structures", 3, "A", "Code structure", "62-ARR-02");
    }

    [Theory]
    [InlineData("Centre social", StructureType.CS)]
    [InlineData("Centre socioculturel", StructureType.CS)]
    [InlineData("Maison de quartier", StructureType.CS)]
    [InlineData("cs", StructureType.CS)]
    [InlineData("Espace de vie sociale", StructureType.EVS)]
    [InlineData("EVS", StructureType.EVS)]
    public async Task StructureType_Alternatives_AreRecognised(string text, StructureType expected)
    {
        var package = Reference();
        package["Structures"].Set(2, "F", text);

        var result = await CheckReferenceAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Equal(expected, result.Workbook!.Structures[0].Type);
    }

    [Theory]
    [InlineData("F", "Association")]
    [InlineData("G", "Privé")]
    [InlineData("H", "Peut-être")]
    public async Task StructureEnumOrYesNo_Unknown_IsAnError(string column, string text)
    {
        var package = Reference();
        package["Structures"].Set(2, column, text);

        var result = await CheckReferenceAsync(package);

        AssertSingle(result, Severity.Error, "Structures", 2, column, value: text);
    }
}
