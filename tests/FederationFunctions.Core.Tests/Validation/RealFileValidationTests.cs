using FederationFunctions.Core.Model;
using FederationFunctions.Core.Tests.TestSupport;
using FederationFunctions.Core.Validation;
using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Tests.Validation;

/// <summary>Real files (shared samples, LibreOffice files of TestData) read by the streaming reader, then checked. Expected values from the files' sources, by hand.</summary>
public class RealFileValidationTests
{
    private static readonly WorkbookChecker Checker = new(new XlsxWorkbookReader());

    private static FileStream Open(string folder, string name) =>
        File.OpenRead(Path.Combine(AppContext.BaseDirectory, "TestData", folder, name));

    private static async Task<ValidationResult<CentreWorkbook>> CheckCentreAsync(string folder, string name, string? code)
    {
        await using var stream = Open(folder, name);
        return await Checker.CheckCentreWorkbookAsync(stream, name, code, CancellationToken.None);
    }

    [Fact]
    public async Task SampleCentrePropre_IsAccepted()
    {
        var result = await CheckCentreAsync("samples", "centre-propre.xlsx", "59-CAM-001");

        Assert.Equal(UploadOutcome.Acceptee, result.Outcome);
        Assert.Equal(new StructureDeclaration("59-CAM-001", 2023, "Centre social Saint-Roch", 13, 8.19m, 110, 7, null), result.Workbook!.Structure);
        Assert.Equal(8, result.Workbook.Meetings.Count);
        Assert.Equal(2, result.Workbook.Trainings.Count);
        Assert.Equal(2, result.Workbook.Programmes.Count);
    }

    [Fact]
    public async Task SampleCentreFaitMain_IsAcceptedWithTheExpectedWarnings()
    {
        var result = await CheckCentreAsync("samples", "centre-fait-main.xlsx", "59-DOU-008");

        Assert.Equal(UploadOutcome.AccepteeAvecAvertissements, result.Outcome);
        Assert.Equal(
            [
                ("UNKNOWN_COLUMN", "Rencontres", 1, "D"),
                ("UNKNOWN_COLUMN", "Formations", 1, "F"),
                ("TOTAL_ROW_IGNORED", "Formations", 7, (string?)null),
                ("UNKNOWN_COLUMN", "Dispositifs", 1, "H"),
            ],
            result.Issues.Select(i => (i.Code, i.Sheet!, i.Row!.Value, i.Column)));
        var workbook = result.Workbook!;
        Assert.Equal(new StructureDeclaration("59-DOU-008", 2023, "Centre social de Somain", 11, 8.36m, 120, 9, null), workbook.Structure);
        Assert.Equal([false, true, false, false, false, true], workbook.Meetings.Select(m => m.DirectorPresent));
        Assert.Equal(new DateOnly(2023, 5, 12), workbook.Meetings[2].Date);
        Assert.Equal(5, workbook.Trainings.Count);
        Assert.Equal(11900m, workbook.Programmes[0].AmountEur);
        Assert.Null(workbook.Programmes[1].AmountEur);
    }

    [Fact]
    public async Task SampleCentreLibreOffice_IsAccepted_ItsOwnSheetIgnored()
    {
        var result = await CheckCentreAsync("samples", "centre-libreoffice.xlsx", "59-MLN-001");

        Assert.Equal(UploadOutcome.Acceptee, result.Outcome);
        Assert.Equal(7, result.Workbook!.Meetings.Count);
        Assert.Equal(3, result.Workbook.Trainings.Count);
        Assert.Equal([null, 22800m, null], result.Workbook.Programmes.Select(p => p.AmountEur));
    }

    [Fact]
    public Task LibreOfficeCentreWithFormulas_IsAcceptedWithTheTotalRowWarning() =>
        Cultures.ForEachAsync(async () =>
        {
            var result = await CheckCentreAsync("libreoffice", "lo-centre-formules.xlsx", "59-LIL-001");

            Assert.Equal(UploadOutcome.AccepteeAvecAvertissements, result.Outcome);
            var warning = Assert.Single(result.Issues);
            Assert.Equal(("TOTAL_ROW_IGNORED", "Dispositifs", 4), (warning.Code, warning.Sheet!, warning.Row!.Value));
            var workbook = result.Workbook!;
            Assert.Equal(new StructureDeclaration("59-LIL-001", 2023, "Centre social Les Tilleuls", 12, 10.05m, 34, 9, 210), workbook.Structure);
            Assert.Equal(
                [
                    new MeetingRow(4, "AT-LIL-01", new DateOnly(2023, 3, 14), EventType.AT, 2, 3, true),
                    new MeetingRow(5, null, new DateOnly(2023, 6, 20), EventType.DIRECTIONS, 1, 0, true),
                    new MeetingRow(6, "CONGRES-23", new DateOnly(2023, 11, 18), EventType.CONGRES, 2, 4, false),
                ],
                workbook.Meetings);
            Assert.Empty(workbook.Trainings);
            Assert.Equal(
                [
                    new ProgrammeRow(2, ProgrammeCode.SANTE_NUTRITION, "Atelier cuisine", ProjectStatus.EnCours, 3600m, "CPAM", 45, 12),
                    new ProgrammeRow(3, ProgrammeCode.VACANCES, "Départs familles", ProjectStatus.Termine, 2500.5m, "ANCV", 18, 3),
                ],
                workbook.Programmes);
        });

    [Fact]
    public async Task LibreOfficeCsvConversion_WithoutStructureSheet_IsRejected()
    {
        var result = await CheckCentreAsync("libreoffice", "lo-formations-csv.xlsx", null);

        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
        Assert.Equal("SHEET_MISSING", Assert.Single(result.Issues).Code);
    }

    [Fact]
    public async Task LibreOfficeReference_IsAcceptedAndMatchesTheCentreWorkbook()
    {
        ValidationResult<ReferenceWorkbook> reference;
        await using (var stream = Open("libreoffice", "lo-reference-2023.xlsx"))
        {
            reference = await Checker.CheckReferenceWorkbookAsync(stream, "lo-reference-2023.xlsx", 2023, CancellationToken.None);
        }

        Assert.Equal(UploadOutcome.Acceptee, reference.Outcome);
        var workbook = reference.Workbook!;
        Assert.Equal(150000m, workbook.FosforaEnvelopeEur);
        Assert.Equal([new Territory("LIL", "Lille Métropole", Department.Nord), new Territory("ART", "Artois", Department.PasDeCalais)], workbook.Territories);
        Assert.Equal(
            [
                new MemberStructure("59-LIL-001", "Centre social Les Tilleuls", "Lille", Department.Nord, "LIL", StructureType.CS, Management.Associatif, true),
                new MemberStructure("62-ART-002", "EVS du Bassin", "Lens", Department.PasDeCalais, "ART", StructureType.EVS, Management.Municipal, false),
            ],
            workbook.Structures);
        Assert.Equal(
            [
                new CalendarEvent("AT-LIL-01", new DateOnly(2023, 3, 14), EventType.AT, "LIL", "AT de printemps"),
                new CalendarEvent("CONGRES-23", new DateOnly(2023, 11, 18), EventType.CONGRES, null, "Congrès fédéral"),
            ],
            workbook.Calendar);
        Assert.Equal(
            [
                new CatalogueAction("F-ACC-01", "Accueil des bénévoles", Audience.Benevoles, "Formation des bénévoles", "Formations Bénévoles", 4, 3200m, 12),
                new CatalogueAction("F-MIX-02", "Animer un collectif", Audience.Mixte, "Formation des bénévoles", "Formations Mixtes", 6, 2500.5m, 0),
            ],
            workbook.Catalogue);

        var centre = await CheckCentreAsync("libreoffice", "lo-centre-formules.xlsx", "59-LIL-001");
        // Every code links; the "Réunion des directions" of 20/06/2023 has no code and no such event in the calendar (v1.1: information).
        var remark = Assert.Single(ReferenceCrossCheck.Check(centre.Workbook!, workbook));
        Assert.Equal(("MEETING_UNLINKED", Severity.Information, 5), (remark.Code, remark.Severity, remark.Row!.Value));
    }
}
