using FederationFunctions.Core.Model;
using FederationFunctions.Core.Validation;
using static FederationFunctions.Core.Tests.SpecAudit.SpecAuditFiles;

namespace FederationFunctions.Core.Tests.SpecAudit;

/// <summary>reference-workbook-v1.md, rule by rule, on real packages.</summary>
public class SpecAuditReferenceTests
{
    [Fact]
    public async Task ValidReference_IsAccepted_AndReadAsWritten()
    {
        var result = await CheckReferenceAsync(Reference());

        AssertAccepted(result);
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

    [Fact]
    public async Task Year_OtherThanTheFolder_IsAnError()
    {
        var result = await CheckReferenceAsync(Reference(), 2024);

        AssertSingle(result, Severity.Error, "Paramètres", 1, "B", "Année", "2023");
    }

    [Fact]
    public async Task ParametresSheetName_WithoutAccent_AndValueInColumnC_IsRead()
    {
        var package = Reference();
        package["Paramètres"].Name = "PARAMETRES";
        package["PARAMETRES"].Set(1, "B", null).Set(1, "C", "2023");

        AssertAccepted(await CheckReferenceAsync(package));
    }

    [Fact]
    public async Task Envelope_Missing_IsAccepted()
    {
        var package = Reference();
        package["Paramètres"].Rows[1] = null;

        var result = await CheckReferenceAsync(package);

        AssertAccepted(result);
        Assert.Null(result.Workbook!.FosforaEnvelopeEur);
    }

    [Fact]
    public async Task Envelope_Overrun_IsAccepted()
    {
        var package = Reference();
        package["Paramètres"].Set(2, "B", "10 000 €");

        var result = await CheckReferenceAsync(package);

        AssertAccepted(result);
        Assert.Equal(10000m, result.Workbook!.FosforaEnvelopeEur);
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

        AssertAccepted(result);
        Assert.Equal(expected, result.Workbook!.Territories[1].Department);
    }

    [Fact]
    public async Task Department_AsNumberCell_IsRecognised()
    {
        var package = Reference();
        package["Territoires"].Set(2, "C", 59);
        package["Structures"].Set(2, "D", 59);

        AssertAccepted(await CheckReferenceAsync(package));
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

    [Fact]
    public async Task EventCode_Duplicate_IsAnError()
    {
        var package = Reference();
        package["Calendrier"].Row("AG-2023", "10/06/2023", "AG", null, null);

        var result = await CheckReferenceAsync(package);

        AssertSingle(result, Severity.Error, "Calendrier", 4, "A", "Code événement", "AG-2023");
    }

    [Fact]
    public async Task ActionCode_Duplicate_IsAnError()
    {
        var package = Reference();
        package["Catalogue"].Row("BEN-EMP", "Encore", "Mixte", null, null, null, null, null);

        var result = await CheckReferenceAsync(package);

        AssertSingle(result, Severity.Error, "Catalogue", 4, "A", "Code action", "BEN-EMP");
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

        AssertAccepted(result);
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

    [Fact]
    public async Task CalendarTerritory_Blank_IsFederationWide_Unknown_IsAnError()
    {
        var package = Reference();
        package["Calendrier"].Row("AT-XXX-01", "20/09/2023", "Assemblée territoriale", "XXX", null);

        var result = await CheckReferenceAsync(package);

        AssertSingle(result, Severity.Error, "Calendrier", 4, "D", "Code AT", "XXX");
    }

    [Fact]
    public async Task CalendarDate_OutsideTheYear_IsAnError()
    {
        var package = Reference();
        package["Calendrier"].Set(3, "B", "10/06/2022");

        var result = await CheckReferenceAsync(package);

        AssertSingle(result, Severity.Error, "Calendrier", 3, "B", "Date", "10/06/2022");
    }

    [Theory]
    [InlineData("CODIR", EventType.DIRECTIONS)]
    [InlineData("Congrès", EventType.CONGRES)]
    [InlineData("Autre", EventType.AUTRE)]
    public async Task CalendarType_UsesTheCentreEventTypes(string text, EventType expected)
    {
        var package = Reference();
        package["Calendrier"].Set(3, "C", text);

        var result = await CheckReferenceAsync(package);

        AssertAccepted(result);
        Assert.Equal(expected, result.Workbook!.Calendar[1].Type);
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

        AssertAccepted(result);
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
    [InlineData("Calendrier")]
    [InlineData("Catalogue")]
    public async Task OptionalReferenceSheet_Missing_IsAccepted(string sheet)
    {
        var package = Reference();
        package.Remove(sheet);

        AssertAccepted(await CheckReferenceAsync(package));
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

        AssertAccepted(await CheckReferenceAsync(package));
    }

    [Fact]
    public async Task ReferenceTables_BelowATitle_WithLowerCaseCodes_AreRead()
    {
        var package = Reference();
        package["Territoires"].InsertAbove(["Territoires 2023"], null);
        package["Territoires"].Set(5, "A", " arr ");

        var result = await CheckReferenceAsync(package);

        AssertAccepted(result);
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

    [Theory]
    [InlineData("salaries", Audience.Salaries)]
    [InlineData("BÉNÉVOLES", Audience.Benevoles)]
    [InlineData("Mixte", Audience.Mixte)]
    public async Task Audience_AnyCaseOrAccents_IsRecognised(string text, Audience expected)
    {
        var package = Reference();
        package["Catalogue"].Set(2, "C", text);

        var result = await CheckReferenceAsync(package);

        AssertAccepted(result);
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

        AssertAccepted(result);
        Assert.Equal(["SAL-REF", "BEN-EMP", "BEN-CA"], result.Workbook!.Catalogue.Select(a => a.ActionCode));
        Assert.Equal(1200.50m, result.Workbook.Catalogue[2].FosforaAmountEur);
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

        AssertAccepted(result);
        Assert.Equal(new Territory("LIL", "Lille Métropole", Department.Nord), Assert.Single(result.Workbook!.Territories));
        Assert.Equal(new CalendarEvent("AG-2023", new DateOnly(2023, 6, 10), EventType.AG, null, null), Assert.Single(result.Workbook.Calendar));
        Assert.Equal(new CatalogueAction("SAL-REF", "Être référent famille", null, "Formation des salariés", "Formations Salariés", 0, 2500.5m, 0), Assert.Single(result.Workbook.Catalogue));
        Assert.True(Assert.Single(result.Workbook.Structures).IsMember);
    }
}
