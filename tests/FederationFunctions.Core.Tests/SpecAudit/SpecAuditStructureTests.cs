using FederationFunctions.Core.Model;
using FederationFunctions.Core.Validation;
using static FederationFunctions.Core.Tests.SpecAudit.SpecAuditFiles;

namespace FederationFunctions.Core.Tests.SpecAudit;

/// <summary>centre-workbook-v1.md § Sheets and § Form sheet Structure, on real packages.</summary>
public class SpecAuditStructureTests
{
    private static readonly StructureDeclaration Expected = new(Code, 2023, "Centre social des Oliviers", 12, 7.5m, 40, 8, 300);

    [Theory]
    [InlineData("Structure")]
    [InlineData("STRUCTURE")]
    [InlineData("structure ")]
    [InlineData("Structure_")]
    [InlineData("Struc-ture")]
    [InlineData("Fiche structure")]
    [InlineData("Fiche_Structure")]
    [InlineData("Identité")]
    [InlineData("IDENTITE")]
    [InlineData("identite")]
    public async Task StructureSheetName_Variant_IsTheStructureSheet(string name)
    {
        var package = Centre();
        package["Structure"].Name = name;

        var result = await CheckCentreAsync(package);

        AssertAccepted(result);
        Assert.Equal(Expected, result.Workbook!.Structure);
    }

    [Fact]
    public async Task StructureSheetMissing_IsRejected()
    {
        var package = Centre();
        package["Structure"].Name = "Lisez-moi";

        var result = await CheckCentreAsync(package);

        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
        Assert.Null(result.Workbook);
        Assert.Contains(result.Issues, i => i.Severity == Severity.Error && i.Row is null && i.Message.Contains("Structure", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OtherSheets_AreIgnored()
    {
        var package = Centre();
        package.AddSheet("Lisez-moi").Row("Remplissez chaque feuille.").Row("Total", "douze");
        package.AddSheet("Listes").Row("Oui", "Non").Row(-1, "abc");
        package.AddSheet("Mes notes").Row(RawCell.Error("#REF!"));

        var result = await CheckCentreAsync(package);

        AssertAccepted(result);
    }

    [Fact]
    public async Task OptionalSheetsMissing_MeanNothingToDeclare()
    {
        var package = Centre();
        package.Remove("Rencontres");
        package.Remove("Formations");
        package.Remove("Dispositifs");

        var result = await CheckCentreAsync(package);

        AssertAccepted(result);
        Assert.Empty(result.Workbook!.Meetings);
        Assert.Empty(result.Workbook.Trainings);
        Assert.Empty(result.Workbook.Programmes);
    }

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

        AssertAccepted(result);
        Assert.Equal(Expected, result.Workbook!.Structure);
    }

    [Fact]
    public async Task StructureForm_TitlesNotesAndValuesInColumnsCOrD_AreRead()
    {
        var package = new SpecAuditPackage();
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

        AssertAccepted(result);
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

        AssertAccepted(result);
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

        AssertAccepted(result);
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

        AssertAccepted(result);
        Assert.Equal(year, result.Workbook!.Structure.Year);
    }

    [Fact]
    public async Task Year_AsText_IsAccepted()
    {
        var package = Centre();
        package["Structure"].Set(2, "B", " 2023 ");

        var result = await CheckCentreAsync(package);

        AssertAccepted(result);
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

        AssertAccepted(await CheckCentreAsync(package));
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
