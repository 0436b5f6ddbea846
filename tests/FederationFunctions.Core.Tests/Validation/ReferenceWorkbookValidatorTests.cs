using FederationFunctions.Core.Model;
using FederationFunctions.Core.Tests.TestSupport;
using FederationFunctions.Core.Validation;
using static FederationFunctions.Core.Tests.TestSupport.SpecWorkbooks;

namespace FederationFunctions.Core.Tests.Validation;

/// <summary>
/// <see cref="ReferenceWorkbookValidator"/>, split by sheet into partial files (Parametres, Territoires, Structures,
/// Calendrier, Catalogue). Tests built on <see cref="ReferenceWorkbookFixture"/> validate read cells directly; tests
/// built on <see cref="SpecWorkbooks"/> check real packages through <see cref="WorkbookChecker"/>, rule by rule.
/// </summary>
public partial class ReferenceWorkbookValidatorTests
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

    [Fact]
    public async Task ValidReference_IsAccepted_AndReadAsWritten()
    {
        var result = await CheckReferenceAsync(Reference());

        SpecWorkbooks.AssertAccepted(result);
        var reference = result.Workbook!;
        Assert.Equal(2023, reference.Year);
        Assert.Equal(50000m, reference.FosforaEnvelopeEur);
        Assert.Equal([new Territory("LIL", "Lille Métropole", Department.Nord), new Territory("ARR", "Arrageois", Department.PasDeCalais)], reference.Territories);
        Assert.Equal(
            [
                new MemberStructure("59-LIL-001", "Centre social des Oliviers", "Lille", Department.Nord, "LIL", StructureType.CS, Management.Associatif, true),
                new MemberStructure("62-ARR-002", "EVS du Beffroi", "Arras", Department.PasDeCalais, "ARR", StructureType.EVS, Management.Municipal, false),
            ],
            reference.Structures);
        Assert.Equal(
            [
                new CalendarEvent("AT-LIL-01", new DateOnly(2023, 3, 15), EventType.AT, "LIL", "AT de printemps"),
                new CalendarEvent("AG-2023", new DateOnly(2023, 6, 10), EventType.AG, null, "Assemblée générale"),
            ],
            reference.Calendar);
        Assert.Equal(
            [
                new CatalogueAction("SAL-REF", "Être référent famille", Audience.Salaries, "Formation des salariés", "Formations Salariés", 4, 12000m, 0),
                new CatalogueAction("BEN-EMP", "La fonction employeur", Audience.Benevoles, "Formation des bénévoles", "Formations Bénévoles", 0, 3000m, 12),
            ],
            reference.Catalogue);
    }

    [Theory]
    [InlineData("Calendrier")]
    [InlineData("Catalogue")]
    public async Task OptionalReferenceSheet_Missing_IsAccepted(string sheet)
    {
        var package = Reference();
        package.Remove(sheet);

        SpecWorkbooks.AssertAccepted(await CheckReferenceAsync(package));
    }

    [Theory]
    [InlineData("Paramètres")]
    [InlineData("Territoires")]
    [InlineData("Structures")]
    public async Task RequiredReferenceSheet_Missing_IsRejected(string sheet)
    {
        var package = Reference();
        package.Remove(sheet);

        var result = await CheckReferenceAsync(package);

        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
    }

    [Fact]
    public async Task ReferenceHeaders_EnglishIdentifiers_AreRecognised()
    {
        var package = Reference();
        package["Territoires"].Rows[0] = ["territory_code", "territory_name", "department"];
        package["Structures"].Rows[0] = ["structure_code", "name", "commune", "department", "territory_code", "structure_type", "management", "is_member"];
        package["Calendrier"].Rows[0] = ["event_code", "date", "event_type", "territory_code", "title"];
        package["Catalogue"].Rows[0] = ["action_code", "title", "audience", "fosfora_group", "fosfora_line", "sessions", "fosfora_amount_eur", "volunteers_outside_centres"];

        SpecWorkbooks.AssertAccepted(await CheckReferenceAsync(package));
    }

    [Fact]
    public async Task ReferenceTables_BelowATitle_WithLowerCaseCodes_AreRead()
    {
        var package = Reference();
        package["Territoires"].InsertAbove(["Territoires 2023"], null);
        package["Territoires"].Set(5, "A", " arr ");

        var result = await CheckReferenceAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Equal("ARR", result.Workbook!.Territories[1].Code);
    }

    [Theory]
    [InlineData("Territoires", 3, "B", "Assemblée territoriale")]
    [InlineData("Structures", 2, "B", "Nom")]
    [InlineData("Structures", 3, "C", "Commune")]
    [InlineData("Catalogue", 3, "B", "Intitulé")]
    [InlineData("Calendrier", 2, "A", "Code événement")]
    public async Task RequiredReferenceValue_Blank_IsAnError(string sheet, int row, string column, string header)
    {
        var package = Reference();
        package[sheet].Set(row, column, null);

        var result = await CheckReferenceAsync(package);

        AssertSingle(result, Severity.Error, sheet, row, column, header);
    }

    [Fact]
    public async Task ClosedXmlReference_WithDateCellsAndLowerCaseTerritory_IsAccepted()
    {
        var bytes = Workbooks.ClosedXmlWorkbooks.Build(workbook =>
        {
            var parameters = workbook.Worksheets.Add("Parametres");
            parameters.Cell("A1").Value = "Année";
            parameters.Cell("B1").Value = 2023;
            parameters.Cell("A2").Value = "Enveloppe FOSFORA (€)";
            parameters.Cell("B2").Value = 1000;
            var territories = workbook.Worksheets.Add("Territoires");
            territories.Cell("A1").Value = "Territoires de la fédération";
            territories.Cell("A3").Value = "Code AT";
            territories.Cell("B3").Value = "Assemblée territoriale";
            territories.Cell("C3").Value = "Département";
            territories.Cell("A4").Value = "lil";
            territories.Cell("B4").Value = "Lille Métropole";
            territories.Cell("C4").Value = "Nord";
            var structures = workbook.Worksheets.Add("Structures");
            string[] headers = ["Code structure", "Nom", "Commune", "Département", "Code AT", "Type", "Gestion", "Adhérente"];
            object[] values = ["59-LIL-001", "Centre social des Oliviers", "Lille", 59, "LIL", "Centre social", "Associatif", "X"];
            for (var c = 0; c < headers.Length; c++)
            {
                structures.Cell(1, c + 1).Value = headers[c];
                structures.Cell(2, c + 1).Value = values[c];
            }

            var calendar = workbook.Worksheets.Add("Calendrier");
            calendar.Cell("A1").Value = "Code événement";
            calendar.Cell("B1").Value = "Date";
            calendar.Cell("C1").Value = "Type";
            calendar.Cell("D1").Value = "Code AT";
            calendar.Cell("A2").Value = "AG-2023";
            calendar.Cell("B2").Value = new DateTime(2023, 6, 10);
            calendar.Cell("C2").Value = "Assemblée générale";
            var catalogue = workbook.Worksheets.Add("Catalogue");
            catalogue.Cell("A1").Value = "Code action";
            catalogue.Cell("B1").Value = "Intitulé";
            catalogue.Cell("C1").Value = "Groupe FOSFORA";
            catalogue.Cell("D1").Value = "Ligne FOSFORA";
            catalogue.Cell("E1").Value = "Montant FOSFORA (€)";
            catalogue.Cell("A2").Value = "SAL-REF";
            catalogue.Cell("B2").Value = "Être référent famille";
            catalogue.Cell("C2").Value = "Formation des salariés";
            catalogue.Cell("D2").Value = "Formations Salariés";
            catalogue.Cell("E2").Value = 2500.5;
        });

        var result = await CheckReferenceAsync(bytes, 2023);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Equal(new Territory("LIL", "Lille Métropole", Department.Nord), Assert.Single(result.Workbook!.Territories));
        Assert.Equal(new CalendarEvent("AG-2023", new DateOnly(2023, 6, 10), EventType.AG, null, null), Assert.Single(result.Workbook.Calendar));
        Assert.Equal(new CatalogueAction("SAL-REF", "Être référent famille", null, "Formation des salariés", "Formations Salariés", 0, 2500.5m, 0), Assert.Single(result.Workbook.Catalogue));
        Assert.True(Assert.Single(result.Workbook.Structures).IsMember);
    }
}
