using FederationFunctions.Core.Model;
using FederationFunctions.Core.Tests.TestSupport;
using FederationFunctions.Core.Validation;
using static FederationFunctions.Core.Tests.TestSupport.SpecWorkbooks;

namespace FederationFunctions.Core.Tests.Validation;

// The Structure form sheet: labels, values, code, year and counts (§ Form sheet Structure).
public partial class CentreWorkbookValidatorTests
{
    [Fact]
    public void FormValue_IsTheFirstNonBlankCellRightOfTheLabel_AndUnmatchedRowsAreIgnored()
    {
        var fixture = new CentreWorkbookFixture
        {
            Structure = s => s
                .Row(1, "Fiche d'identité – remontée 2023")
                .Row(2, "Remplir les cellules jaunes", null, "Commentaire")
                .Row(3, "Code structure", null, null, " 59-lil-001 ")
                .Row(4, "Année", 2023, "année civile")
                .Row(5, "Salariés (personnes)", null, 11)
                .Row(6, "ETP", 8.359999999999999)
                .Row(7, "Bénévoles", 120)
                .Row(8, "Administrateurs", 9)
                .Row(9, "Familles adhérentes")
                .Row(10, "Note libre", "ce que l'on veut"),
        };

        var result = Validate(fixture);

        AssertAccepted(result);
        Assert.Equal(new StructureDeclaration("59-LIL-001", 2023, null, 11, 8.36m, 120, 9, null), result.Workbook!.Structure);
    }

    [Fact]
    public void FormFieldGivenTwice_IsAnError()
    {
        var fixture = new CentreWorkbookFixture
        {
            Structure = s =>
            {
                CentreWorkbookFixture.ValidStructure(s);
                s.Row(9, "Année d'activité", 2024);
            },
        };

        var issue = Single(Validate(fixture), "FIELD_DUPLICATE");
        Assert.Equal((Severity.Error, "Structure", 9, "A", "Année d'activité"), (issue.Severity, issue.Sheet, issue.Row, issue.Column, issue.Header));
        Assert.Equal(
            "Structure, ligne 9, colonne A (Année d'activité) : le champ « Année » est déjà donné ligne 2. Gardez une seule ligne « Année ».",
            issue.Message);
    }

    [Fact]
    public void RequiredFormFieldAbsent_IsAnError()
    {
        var fixture = new CentreWorkbookFixture
        {
            Structure = s => s
                .Row(1, "Code structure", CentreWorkbookFixture.Code)
                .Row(2, "Année", 2023)
                .Row(4, "Salariés (personnes)", 12)
                .Row(6, "Bénévoles d'activité", 40)
                .Row(7, "Administrateurs bénévoles", 8),
        };

        var result = Validate(fixture);

        var issue = Single(result, "FIELD_MISSING");
        Assert.Equal(("Structure", "Salariés (ETP)"), (issue.Sheet, issue.Header));
        Assert.Equal(
            "Structure : le champ obligatoire « Salariés (ETP) » est absent. Ajoutez une ligne avec « Salariés (ETP) » en colonne A et sa valeur en colonne B.",
            issue.Message);
        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
    }

    [Fact]
    public void RequiredFormFieldWithoutValue_IsAnErrorAtColumnB()
    {
        var fixture = new CentreWorkbookFixture
        {
            Structure = s => s
                .Row(1, "Code structure", CentreWorkbookFixture.Code)
                .Row(2, "Année", 2023)
                .Row(4, "Salariés (personnes)", 12)
                .Row(5, "Salariés (ETP)")
                .Row(6, "Bénévoles d'activité", 40)
                .Row(7, "Administrateurs bénévoles", 8),
        };

        var issue = Single(Validate(fixture), "VALUE_REQUIRED");
        Assert.Equal(("Structure", 5, "B", "Salariés (ETP)"), (issue.Sheet, issue.Row, issue.Column, issue.Header));
        Assert.StartsWith("Structure, ligne 5, colonne B (Salariés (ETP)) : la cellule est vide", issue.Message);
    }

    [Theory]
    [InlineData("59-LI-001")]
    [InlineData("59-LIL-01")]
    [InlineData("LIL-59-001")]
    [InlineData("59 LIL 001")]
    public void StructureCodeNotMatchingThePattern_IsAnError(string code)
    {
        var fixture = new CentreWorkbookFixture();
        fixture.Structure = s => s.Row(1, "Code structure", code).Row(2, "Année", 2023).Row(4, "Salariés (personnes)", 12)
            .Row(5, "Salariés (ETP)", 7.5).Row(6, "Bénévoles d'activité", 40).Row(7, "Administrateurs bénévoles", 8);

        var issue = Single(Validate(fixture, expectedCode: null), "STRUCTURE_CODE_INVALID");
        Assert.Equal(("Structure", 1, "B", "Code structure", code), (issue.Sheet, issue.Row, issue.Column, issue.Header, issue.Value));
        Assert.Contains("59-LIL-001", issue.Message);
    }

    [Fact]
    public void StructureCodeOfAnotherFolder_IsRejected()
    {
        var result = Validate(new CentreWorkbookFixture(), expectedCode: "62-ARR-002");

        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
        var issue = Single(result, "STRUCTURE_CODE_MISMATCH");
        Assert.Equal(("Structure", 1, "B"), (issue.Sheet, issue.Row, issue.Column));
        Assert.Contains("Une structure ne peut envoyer que ses propres données", issue.Message);
    }

    [Fact]
    public void StructureCodeComparedToTheFolder_IgnoresCaseAndSpaces() =>
        AssertAccepted(Validate(new CentreWorkbookFixture(), expectedCode: " 59-lil-001"));

    [Fact]
    public void WithoutAnExpectedCode_AnyValidCodeIsAccepted() =>
        AssertAccepted(Validate(new CentreWorkbookFixture(), expectedCode: null));

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    [InlineData(23)]
    public void YearOutOfRange_IsAnError_AndDateChecksAreSkipped(int year)
    {
        var fixture = new CentreWorkbookFixture();
        fixture.Structure = s =>
        {
            CentreWorkbookFixture.ValidStructure(s);
            s.Row(2, "Année", year);
        };

        var result = Validate(fixture);

        var issue = Single(result, "YEAR_OUT_OF_RANGE");
        Assert.Equal(("Structure", 2, "B"), (issue.Sheet, issue.Row, issue.Column));
        Assert.DoesNotContain(result.Issues, i => i.Code == "DATE_OUTSIDE_YEAR");
    }

    [Fact]
    public void YearBoundaries_AreAccepted()
    {
        foreach (var year in new[] { 2000, 2100 })
        {
            var fixture = new CentreWorkbookFixture { Rencontres = null, Formations = null };
            fixture.Structure = s =>
            {
                CentreWorkbookFixture.ValidStructure(s);
                s.Row(2, "Année", year);
            };
            AssertAccepted(Validate(fixture));
        }
    }

    [Fact]
    public void FteAboveHeadcount_IsAWarning()
    {
        var fixture = new CentreWorkbookFixture();
        fixture.Structure = s =>
        {
            CentreWorkbookFixture.ValidStructure(s);
            s.Row(5, "Salariés (ETP)", "12,5");
        };

        var result = Validate(fixture);

        Assert.Equal(UploadOutcome.AccepteeAvecAvertissements, result.Outcome);
        var issue = Single(result, "FTE_ABOVE_HEADCOUNT");
        Assert.Equal((Severity.Warning, "Structure", 5, "B", "12,5"), (issue.Severity, issue.Sheet, issue.Row, issue.Column, issue.Value));
        Assert.Contains("Vérifiez", issue.Message);
        Assert.Equal(12.5m, result.Workbook!.Structure.StaffFte);
    }

    [Fact]
    public void NegativeHeadcount_IsAnError()
    {
        var fixture = new CentreWorkbookFixture();
        fixture.Structure = s =>
        {
            CentreWorkbookFixture.ValidStructure(s);
            s.Row(4, "Salariés (personnes)", -2);
        };

        var issue = Single(Validate(fixture), "INTEGER_INVALID");
        Assert.Equal("Structure, ligne 4, colonne B (Salariés (personnes)) : « -2 » est négatif. Saisissez un nombre positif ou 0.", issue.Message);
    }

    private static readonly StructureDeclaration Expected = new(Code, 2023, "Centre social des Oliviers", 12, 7.5m, 40, 8, 300);

    [Theory]
    [InlineData("Code de la structure", "Année d'activité", "Nom", "Nombre de salariés", "ETP", "Bénévoles", "Administrateurs", "Adhérents")]
    [InlineData("Code", "Exercice", "Nom de la structure", "Salariés (personnes)", "Salariés (ETP)", "Bénévoles d'activité", "Bénévoles administrateurs", "Familles")]
    [InlineData("structure_code", "year", "name", "staff_headcount", "staff_fte", "activity_volunteers", "board_volunteers", "member_families")]
    [InlineData("CODE STRUCTURE", "ANNEE", "NOM DE LA STRUCTURE", "SALARIES (PERSONNES)", "SALARIES ETP", "BENEVOLES D'ACTIVITE", "ADMINISTRATEURS BENEVOLES", "FAMILLES ADHERENTES")]
    public async Task StructureLabels_Alternatives_AreRecognised(string code, string year, string name, string headcount, string fte, string volunteers, string board, string families)
    {
        var package = Centre();
        string[] labels = [code, year, name, headcount, fte, volunteers, board, families];
        for (var i = 0; i < labels.Length; i++)
        {
            package["Structure"].Set(i + 1, "A", labels[i]);
        }

        var result = await CheckCentreAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Equal(Expected, result.Workbook!.Structure);
    }

    [Fact]
    public async Task StructureForm_TitlesNotesAndValuesInColumnsCOrD_AreRead()
    {
        var package = new SpecWorkbookPackage();
        package.AddSheet("Structure")
            .Row("Remontée annuelle d'activité 2023")
            .Blank()
            .Row("Code structure", null, Code)
            .Row("Année", null, null, 2023)
            .Row("Ces informations sont confidentielles.", "Merci")
            .Row("Salariés (personnes)", " ", 12)
            .Row("Salariés (ETP)", null, "7,5")
            .Row("Bénévoles d'activité", 40, "commentaire")
            .Row("Administrateurs bénévoles", "8");

        var result = await CheckCentreAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Equal(new StructureDeclaration(Code, 2023, null, 12, 7.5m, 40, 8, null), result.Workbook!.Structure);
    }

    [Fact]
    public async Task StructureFieldGivenTwice_IsAnError()
    {
        var package = Centre();
        package["Structure"].Set(9, "A", "Bénévoles").Set(9, "B", 40);

        var result = await CheckCentreAsync(package);

        AssertSingle(result, Severity.Error, "Structure", 9, "A");
    }

    [Fact]
    public async Task StructureRequiredFieldMissing_IsAnError()
    {
        var package = Centre();
        package["Structure"].Rows[5] = null;

        var result = await CheckCentreAsync(package);

        var issue = AssertSingle(result, Severity.Error, "Structure", null, null);
        Assert.Contains("Bénévoles d'activité", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StructureRequiredFieldBlank_IsAnError()
    {
        var package = Centre();
        package["Structure"].Set(7, "B", null);

        var result = await CheckCentreAsync(package);

        AssertSingle(result, Severity.Error, "Structure", 7, "B", "Administrateurs bénévoles");
    }

    [Fact]
    public async Task StructureOptionalFieldsMissing_IsAccepted()
    {
        var package = Centre();
        package["Structure"].Rows[7] = null;
        package["Structure"].Rows[2] = null;

        var result = await CheckCentreAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Null(result.Workbook!.Structure.MemberFamilies);
        Assert.Null(result.Workbook.Structure.Name);
    }

    [Theory]
    [InlineData("59-lil-001 ")]
    [InlineData(" 59-LIL-001")]
    [InlineData("59-Lil-001")]
    public async Task StructureCode_TrimmedAndUpperCased_IsAccepted(string code)
    {
        var package = Centre();
        package["Structure"].Set(1, "B", code);

        var result = await CheckCentreAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Equal(Code, result.Workbook!.Structure.StructureCode);
    }

    [Theory]
    [InlineData("59-LIL-01")]
    [InlineData("59LIL001")]
    [InlineData("59-LI-001")]
    [InlineData("5-LILL-001")]
    [InlineData("59 LIL 001")]
    public async Task StructureCode_NotMatchingThePattern_IsAnError(string code)
    {
        var package = Centre();
        package["Structure"].Set(1, "B", code);

        var result = await CheckCentreAsync(package, folderCode: null);

        AssertSingle(result, Severity.Error, "Structure", 1, "B", "Code structure", code);
    }

    [Fact]
    public async Task StructureCode_OtherThanTheFolder_IsAnError()
    {
        var package = Centre();

        var result = await CheckCentreAsync(package, "59-ROU-002");

        var issue = AssertSingle(result, Severity.Error, "Structure", 1, "B", "Code structure", Code);
        Assert.Contains("59-ROU-002", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    [InlineData(23)]
    public async Task Year_OutsideTheRange_IsAnError(int year)
    {
        var package = Centre();
        package.Remove("Rencontres");
        package.Remove("Formations");
        package["Structure"].Set(2, "B", year);

        var result = await CheckCentreAsync(package);

        AssertSingle(result, Severity.Error, "Structure", 2, "B", "Année");
    }

    [Theory]
    [InlineData(2000)]
    [InlineData(2100)]
    public async Task Year_AtTheBounds_IsAccepted(int year)
    {
        var package = Centre();
        package.Remove("Rencontres");
        package.Remove("Formations");
        package["Structure"].Set(2, "B", year);

        var result = await CheckCentreAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Equal(year, result.Workbook!.Structure.Year);
    }

    [Fact]
    public async Task Year_AsText_IsAccepted()
    {
        var package = Centre();
        package["Structure"].Set(2, "B", " 2023 ");

        var result = await CheckCentreAsync(package);

        SpecWorkbooks.AssertAccepted(result);
    }

    [Fact]
    public async Task Fte_AboveHeadcount_IsAWarningOnTheEtpCell()
    {
        var package = Centre();
        package["Structure"].Set(5, "B", "12,5");

        var result = await CheckCentreAsync(package);

        AssertSingle(result, Severity.Warning, "Structure", 5, "B", "Salariés (ETP)");
        Assert.Equal(12.5m, result.Workbook!.Structure.StaffFte);
    }

    [Fact]
    public async Task Fte_EqualToHeadcount_IsAccepted()
    {
        var package = Centre();
        package["Structure"].Set(5, "B", 12);

        SpecWorkbooks.AssertAccepted(await CheckCentreAsync(package));
    }

    [Theory]
    [InlineData("B4", "Salariés (personnes)")]
    [InlineData("B6", "Bénévoles d'activité")]
    [InlineData("B7", "Administrateurs bénévoles")]
    [InlineData("B8", "Familles adhérentes")]
    public async Task StructureCount_Negative_IsAnError(string cell, string label)
    {
        var package = Centre();
        var row = int.Parse(cell[1..], System.Globalization.CultureInfo.InvariantCulture);
        package["Structure"].Set(row, "B", -1);

        var result = await CheckCentreAsync(package);

        AssertSingle(result, Severity.Error, "Structure", row, "B", label, "-1");
    }
}
