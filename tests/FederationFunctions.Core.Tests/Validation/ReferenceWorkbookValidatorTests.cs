using FederationFunctions.Core.Model;
using FederationFunctions.Core.Tests.TestSupport;
using FederationFunctions.Core.Validation;

namespace FederationFunctions.Core.Tests.Validation;

public class ReferenceWorkbookValidatorTests
{
    private static ValidationResult<ReferenceWorkbook> Validate(ReferenceWorkbookFixture fixture, int? expectedYear = 2023) =>
        new ReferenceWorkbookValidator().Validate(fixture.Build(), expectedYear);

    private static ValidationIssue Single(ValidationResult<ReferenceWorkbook> result, string code)
    {
        var matching = result.Issues.Where(i => i.Code == code).ToArray();
        Assert.True(matching.Length == 1, $"Expected one {code}, got: {string.Join(" | ", result.Issues.Select(i => i.Code + ": " + i.Message))}");
        return matching[0];
    }

    private static void AssertAccepted(ValidationResult<ReferenceWorkbook> result)
    {
        Assert.True(result.Outcome == UploadOutcome.Acceptee, string.Join(" | ", result.Issues.Select(i => i.Message)));
        Assert.NotNull(result.Workbook);
    }

    [Fact]
    public void ValidReference_IsAcceptedAndNormalised()
    {
        var result = Validate(new ReferenceWorkbookFixture());

        AssertAccepted(result);
        var reference = result.Workbook!;
        Assert.Equal(2023, reference.Year);
        Assert.Equal(50000m, reference.FosforaEnvelopeEur);
        Assert.Equal(
            [
                new Territory("LIL", "Lille Métropole", Department.Nord),
                new Territory("ARR", "Arrageois", Department.PasDeCalais),
                new Territory("DOU", "Douaisis", Department.Nord),
            ],
            reference.Territories);
        Assert.Equal(
            [
                new MemberStructure("59-LIL-001", "CS des Oliviers", "Lille", Department.Nord, "LIL", StructureType.CS, Management.Associatif, true),
                new MemberStructure("62-ARR-002", "EVS du Jardin", "Arras", Department.PasDeCalais, "ARR", StructureType.EVS, Management.Municipal, false),
                new MemberStructure("59-DOU-008", "CS de Somain", "Somain", Department.Nord, "DOU", StructureType.CS, Management.Associatif, false),
            ],
            reference.Structures);
        Assert.Equal(
            [
                new CalendarEvent("AT-LIL-01", new DateOnly(2023, 3, 15), EventType.AT, "LIL", "AT de printemps"),
                new CalendarEvent("CONGRES-2023", new DateOnly(2023, 5, 12), EventType.CONGRES, null, null),
            ],
            reference.Calendar);
        Assert.Equal(
            [
                new CatalogueAction("SAL-REF", "Être référent famille", Audience.Salaries, "Formation des salariés", "Formations Salariés", 4, 3600m, 0),
                new CatalogueAction("BEN-EMP", "La fonction employeur", Audience.Benevoles, "Formation des bénévoles", "Formations Bénévoles", 0, 1200m, 12),
                new CatalogueAction("FIN-SPE", "Financement spécifique", null, null, null, 0, 0m, 0),
            ],
            reference.Catalogue);
    }

    [Fact]
    public void YearOtherThanTheFolder_IsAnError()
    {
        var result = Validate(new ReferenceWorkbookFixture(), expectedYear: 2024);

        var issue = Single(result, "YEAR_MISMATCH");
        Assert.Equal(("Paramètres", 2, "B", "Année"), (issue.Sheet, issue.Row, issue.Column, issue.Header));
        Assert.Contains("reference/2024", issue.Message);
        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
    }

    [Fact]
    public void YearOffline_IsNotComparedToAFolder() =>
        AssertAccepted(Validate(new ReferenceWorkbookFixture(), expectedYear: null));

    [Theory]
    [InlineData("Paramètres")]
    [InlineData("Territoires")]
    [InlineData("Structures")]
    public void RequiredSheetMissing_IsAnError(string sheet)
    {
        var fixture = new ReferenceWorkbookFixture();
        switch (sheet)
        {
            case "Paramètres": fixture.Parametres = null; break;
            case "Territoires": fixture.Territoires = null; break;
            default: fixture.Structures = null; break;
        }

        var issue = Single(Validate(fixture), "SHEET_MISSING");
        Assert.Contains($"« {sheet} »", issue.Message);
    }

    [Fact]
    public void CalendarAndCatalogueMissing_AreAccepted()
    {
        var result = Validate(new ReferenceWorkbookFixture { Calendrier = null, Catalogue = null });
        AssertAccepted(result);
        Assert.Empty(result.Workbook!.Calendar);
        Assert.Empty(result.Workbook.Catalogue);
    }

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
    public void CalendarTerritoryUnknown_IsAnError_BlankIsFederationWide()
    {
        var fixture = new ReferenceWorkbookFixture
        {
            Calendrier = s =>
            {
                ReferenceWorkbookFixture.ValidCalendrier(s);
                s.Row(4, "AT-XYZ-01", "01/10/2023", "AT", "XYZ", null);
            },
        };

        var issue = Single(Validate(fixture), "UNKNOWN_TERRITORY");
        Assert.Equal(("Calendrier", 4, "D"), (issue.Sheet, issue.Row, issue.Column));
    }

    [Fact]
    public void CalendarDateOutsideTheYear_IsAnError()
    {
        var fixture = new ReferenceWorkbookFixture
        {
            Calendrier = s =>
            {
                ReferenceWorkbookFixture.CalendrierHeader(s);
                s.Row(2, "AG-2022", "2022-06-15", "AG", null, null);
            },
        };

        var issue = Single(Validate(fixture), "DATE_OUTSIDE_YEAR");
        Assert.Equal(("Calendrier", 2, "B"), (issue.Sheet, issue.Row, issue.Column));
    }

    [Fact]
    public void CalendarEventCodeTwice_IgnoringCase_IsAnError()
    {
        var fixture = new ReferenceWorkbookFixture
        {
            Calendrier = s =>
            {
                ReferenceWorkbookFixture.ValidCalendrier(s);
                s.Row(4, "congres-2023 ", "13/05/2023", "Congrès", null, null);
            },
        };

        Assert.Equal(4, Single(Validate(fixture), "DUPLICATE_CODE").Row);
    }

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
    public void EnvelopeAbsent_IsNull()
    {
        var result = Validate(new ReferenceWorkbookFixture { Parametres = s => s.Row(1, "Année", "2023") });
        AssertAccepted(result);
        Assert.Null(result.Workbook!.FosforaEnvelopeEur);
    }
}
