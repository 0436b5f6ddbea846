using FederationFunctions.Core.Tests.TestSupport;
using FederationFunctions.Core.Validation;
using static FederationFunctions.Core.Tests.TestSupport.SpecWorkbooks;

namespace FederationFunctions.Core.Tests.Validation;

// Which sheets are read: names and their variants, missing, empty, extra and duplicated sheets (§ Sheets).
public partial class CentreWorkbookValidatorTests
{
    [Fact]
    public void AlternativeSheetNames_AreAccepted()
    {
        var fixture = new CentreWorkbookFixture
        {
            StructureName = "Fiche structure",
            RencontresName = "VIE_FEDERALE",
            FormationsName = "formation ",
            DispositifsName = "Projets",
        };

        var result = Validate(fixture);

        AssertAccepted(result);
        Assert.Equal(2, result.Workbook!.Meetings.Count);
        Assert.Equal(2, result.Workbook.Trainings.Count);
        Assert.Equal(2, result.Workbook.Programmes.Count);
    }

    [Fact]
    public void IdentiteSheetName_IsTheStructureSheet()
    {
        var result = Validate(new CentreWorkbookFixture { StructureName = "IDENTITÉ" });
        AssertAccepted(result);
    }

    [Fact]
    public void MissingStructureSheet_IsRejected()
    {
        var result = Validate(new CentreWorkbookFixture { Structure = null });

        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
        Assert.Null(result.Workbook);
        var issue = Single(result, "SHEET_MISSING");
        Assert.Equal(Severity.Error, issue.Severity);
        Assert.Null(issue.Sheet);
        Assert.Contains("« Structure »", issue.Message);
        Assert.Contains("Ajoutez une feuille nommée", issue.Message);
    }

    [Fact]
    public void MissingOptionalSheets_MeanNothingToDeclare()
    {
        var result = Validate(new CentreWorkbookFixture { Rencontres = null, Formations = null, Dispositifs = null });

        AssertAccepted(result);
        Assert.Empty(result.Workbook!.Meetings);
        Assert.Empty(result.Workbook.Trainings);
        Assert.Empty(result.Workbook.Programmes);
    }

    [Fact]
    public void EmptyOptionalSheet_MeansNothingToDeclare()
    {
        var result = Validate(new CentreWorkbookFixture { Rencontres = _ => { } });
        AssertAccepted(result);
        Assert.Empty(result.Workbook!.Meetings);
    }

    [Fact]
    public void OtherSheets_AreIgnored()
    {
        var fixture = new CentreWorkbookFixture();
        fixture.ExtraSheets.Add(("Lisez-moi", s => s.Row(1, "Remplissez une ligne par rencontre", 12, "douze")));
        fixture.ExtraSheets.Add(("Listes", s => s.Row(1, "Type de rencontre").Row(2, "n'importe quoi")));

        AssertAccepted(Validate(fixture));
    }

    [Fact]
    public void RenamedOptionalSheet_IsIgnoredWithAWarning()
    {
        var fixture = new CentreWorkbookFixture { RencontresName = "Rencontres 2023" };

        var result = Validate(fixture);

        Assert.Equal(UploadOutcome.AccepteeAvecAvertissements, result.Outcome);
        var issue = Single(result, "SHEET_IGNORED");
        Assert.Equal(("Rencontres 2023", Severity.Warning), (issue.Sheet!, issue.Severity));
        Assert.Contains("renommez-la « Rencontres »", issue.Message);
        Assert.Empty(result.Workbook!.Meetings);
    }

    [Fact]
    public void LookalikeSheetBesideTheRealOne_IsIgnoredSilently()
    {
        var fixture = new CentreWorkbookFixture();
        fixture.ExtraSheets.Add(("Rencontres (copie)", CentreWorkbookFixture.ValidRencontres));

        AssertAccepted(Validate(fixture));
    }

    [Fact]
    public void TwoSheetsForTheSameLogicalSheet_IsAnError()
    {
        var fixture = new CentreWorkbookFixture();
        fixture.ExtraSheets.Add(("Participations", CentreWorkbookFixture.ValidRencontres));

        var result = Validate(fixture);

        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
        var issue = Single(result, "SHEET_DUPLICATE");
        Assert.Equal("Participations", issue.Sheet);
        Assert.Contains("« Rencontres »", issue.Message);
    }

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

        SpecWorkbooks.AssertAccepted(result);
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
    public async Task OtherSheets_EvenWithErrorCells_AreIgnored()
    {
        var package = Centre();
        package.AddSheet("Lisez-moi").Row("Remplissez chaque feuille.").Row("Total", "douze");
        package.AddSheet("Listes").Row("Oui", "Non").Row(-1, "abc");
        package.AddSheet("Mes notes").Row(RawCell.Error("#REF!"));

        var result = await CheckCentreAsync(package);

        SpecWorkbooks.AssertAccepted(result);
    }

    [Fact]
    public async Task OptionalSheetsMissing_MeanNothingToDeclare()
    {
        var package = Centre();
        package.Remove("Rencontres");
        package.Remove("Formations");
        package.Remove("Dispositifs");

        var result = await CheckCentreAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Empty(result.Workbook!.Meetings);
        Assert.Empty(result.Workbook.Trainings);
        Assert.Empty(result.Workbook.Programmes);
    }

    [Theory]
    [InlineData("Rencontres", "RENCONTRES")]
    [InlineData("Rencontres", "rencontres ")]
    [InlineData("Rencontres", "Rencontres_")]
    [InlineData("Rencontres", "Ren-contres")]
    [InlineData("Rencontres", "Vie fédérale")]
    [InlineData("Rencontres", "VIE_FEDERALE")]
    [InlineData("Rencontres", "Participations")]
    [InlineData("Formations", "Formation")]
    [InlineData("Formations", "FORMATIONS ")]
    [InlineData("Dispositifs", "Projets")]
    [InlineData("Dispositifs", "dispositifs")]
    public async Task TableSheetName_Variant_IsRead(string sheet, string name)
    {
        var package = Centre();
        package[sheet].Name = name;

        var result = await CheckCentreAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Equal(2, result.Workbook!.Meetings.Count);
        Assert.Equal(2, result.Workbook.Trainings.Count);
        Assert.Equal(2, result.Workbook.Programmes.Count);
    }

    [Theory]
    [InlineData("Rencontres")]
    [InlineData("Formations")]
    [InlineData("Dispositifs")]
    public async Task OptionalSheet_WithItsHeaderRowOnly_DeclaresNothing(string name)
    {
        var package = Centre();
        package[name].Rows.RemoveRange(1, package[name].Rows.Count - 1);

        var result = await CheckCentreAsync(package);

        SpecWorkbooks.AssertAccepted(result);
    }

    [Fact]
    public async Task OptionalSheet_EntirelyBlank_DeclaresNothing()
    {
        var package = Centre();
        package["Dispositifs"].Rows.Clear();

        var result = await CheckCentreAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Empty(result.Workbook!.Programmes);
    }

    [Fact]
    public async Task TwoSheetsForTheSameTable_IsAnError()
    {
        var package = Centre();
        package.AddSheet("Participations")
            .Row("Code événement", "Date", "Type de rencontre", "Salariés présents", "Bénévoles présents", "Direction présente")
            .Row("AG-2023", "10/06/2023", "AG", 1, 1, "Non");

        var result = await CheckCentreAsync(package);

        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
        Assert.Contains(result.Issues, i => i is { Severity: Severity.Error, Sheet: "Participations" });
    }
}
