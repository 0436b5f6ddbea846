using FederationFunctions.Core.Model;
using FederationFunctions.Core.Validation;

namespace FederationFunctions.IntegrationTests.Infrastructure;

/// <summary>Normalised workbooks and check results for storage tests.</summary>
internal static class TestWorkbooks
{
    public static CentreWorkbook Centre(string code, int year, int staff = 12, int meetings = 2, string? trainingTitle = null) => new(
        new StructureDeclaration(code, year, "Centre social " + code, staff, 9.5m, 40, 11, 230),
        Enumerable.Range(0, meetings).Select(i => new MeetingRow(5 + i, i == 0 ? "AT-LIL-01" : null, new DateOnly(year, 3, 1).AddDays(i), EventType.AT, 2, 1 + i, i == 0)).ToList(),
        [new TrainingRow(4, "F-2023-07", trainingTitle ?? "Accueil des bénévoles", new DateOnly(year, 5, 12), 3, 4)],
        [
            new ProgrammeRow(4, ProgrammeCode.SANTE_NUTRITION, "Cuisine partagée", ProjectStatus.EnCours, 3600.50m, "CPAM", 45, 12),
            new ProgrammeRow(5, ProgrammeCode.CSC, null, ProjectStatus.Abandonne, null, null, null, null),
        ]);

    public static ReferenceWorkbook Reference(int year, int structures = 3) => new(
        year,
        441245.00m,
        [new Territory("LIL", "Lille", Department.Nord), new Territory("ART", "Artois", Department.PasDeCalais)],
        Enumerable.Range(1, structures).Select(i => new MemberStructure(
            $"59-LIL-{i:D3}", "Centre " + i, "Lille", Department.Nord, "LIL", StructureType.CS, Management.Associatif, i != 2,
            ContactName: i % 2 == 1 ? "Contact " + i : null,
            ContactEmail: i % 3 == 1 ? $"direction{i}@centre.fr" : null,
            ContactPhone: i % 2 == 1 ? "+33 3.20.00.00." + (i % 100).ToString("D2", System.Globalization.CultureInfo.InvariantCulture) : null)).ToList(),
        [new CalendarEvent("AT-LIL-01", new DateOnly(year, 3, 1), EventType.AT, "LIL", "Assemblée territoriale"), new CalendarEvent("AG", new DateOnly(year, 6, 15), EventType.AG, null, null)],
        [new CatalogueAction("F-2023-07", "Accueil des bénévoles", Audience.Benevoles, "Formation des bénévoles", "Formations Bénévoles", 3, 1200m, 5),
         new CatalogueAction("FIN-01", "Financement spécifique", null, null, null, 0, 0m, 0)]);

    public static ValidationResult<CentreWorkbook> Accepted(CentreWorkbook workbook) => new(workbook, []);

    public static ValidationResult<CentreWorkbook> AcceptedWithWarning(CentreWorkbook workbook) =>
        new(workbook, [new ValidationIssue(Severity.Warning, "FTE_ABOVE_HEADCOUNT", "Structure, ligne 6, colonne B (Salariés (ETP)) : avertissement.", "Structure", 6, "B", "Salariés (ETP)", "13")]);

    public static ValidationResult<CentreWorkbook> RejectedCentre() =>
        new(null, [new ValidationIssue(Severity.Error, "INTEGER_INVALID", "Formations, ligne 7, colonne D (Salariés formés) : « douze » n'est pas un nombre entier.", "Formations", 7, "D", "Salariés formés", "douze")]);

    public static ValidationResult<ReferenceWorkbook> Accepted(ReferenceWorkbook workbook) => new(workbook, []);

    public static ValidationResult<ReferenceWorkbook> RejectedReference() =>
        new(null, [new ValidationIssue(Severity.Error, "CODE_DUPLICATE", "Territoires, ligne 4, colonne A (Code AT) : code en double.", "Territoires", 4, "A", "Code AT", "LIL")]);
}
