using FederationFunctions.Core.Model;
using FederationFunctions.Samples;

namespace FederationFunctions.Core.Tests.Samples;

public class SampleExpectedIndicatorsTests
{
    // Two territories (LIL in 59, LEN in 62), four structures: three members, one non-member.
    private static readonly ReferenceWorkbook Reference = new(
        2025,
        10_000m,
        [new Territory("LIL", "Lille", Department.Nord), new Territory("LEN", "Lens", Department.PasDeCalais)],
        [
            new MemberStructure("59-LIL-001", "A", "Lille", Department.Nord, "LIL", StructureType.CS, Management.Associatif, true),
            new MemberStructure("59-LIL-002", "B", "Lille", Department.Nord, "LIL", StructureType.EVS, Management.Municipal, true),
            new MemberStructure("62-LEN-001", "C", "Lens", Department.PasDeCalais, "LEN", StructureType.CS, Management.Associatif, true),
            new MemberStructure("62-LEN-002", "D", "Lens", Department.PasDeCalais, "LEN", StructureType.CS, Management.Associatif, false),
        ],
        [
            new CalendarEvent("AT-LIL-01", new DateOnly(2025, 2, 10), EventType.AT, "LIL", null),
            new CalendarEvent("AT-LIL-02", new DateOnly(2025, 5, 12), EventType.AT, "LIL", null),
            new CalendarEvent("DIR-LIL-01", new DateOnly(2025, 3, 4), EventType.DIRECTIONS, "LIL", null),
            new CalendarEvent("AG-2025", new DateOnly(2025, 6, 14), EventType.AG, null, null),
        ],
        [
            new CatalogueAction("FOR-B01", "Accueil", Audience.Benevoles, "Bénévoles", "Formations Bénévoles", 3, 1_000m, 0),
            new CatalogueAction("FOR-M01", "Projet", Audience.Mixte, "Bénévoles", "Formations Mixtes", 2, 500m, 4),
            new CatalogueAction("FOR-S01", "Direction", Audience.Salaries, null, null, 1, 0m, 0),
        ]);

    private static CentreWorkbook Workbook(string code, int staff, decimal fte, MeetingRow[] meetings, TrainingRow[] trainings, ProgrammeRow[] programmes) =>
        new(new StructureDeclaration(code, 2025, null, staff, fte, 10, 5, null), meetings, trainings, programmes);

    private static readonly Dictionary<string, CentreWorkbook> Counted = new()
    {
        // A: attends AT-LIL-01 by code (2 + 1), AT-LIL-02 by date and type (0 + 3), DIR-LIL-01 with its director.
        ["59-LIL-001"] = Workbook(
            "59-LIL-001", 10, 7.5m,
            [
                new MeetingRow(2, " at-lil-01 ", new DateOnly(2025, 2, 10), EventType.AT, 2, 1, false),
                new MeetingRow(3, null, new DateOnly(2025, 5, 12), EventType.AT, 0, 3, false),
                new MeetingRow(4, null, new DateOnly(2025, 3, 4), EventType.DIRECTIONS, 1, 0, true),
                new MeetingRow(5, null, new DateOnly(2025, 7, 1), EventType.AUTRE, 1, 0, false),
            ],
            [
                new TrainingRow(2, "FOR-B01", null, null, 0, 2),
                new TrainingRow(3, "for-s01", null, null, 3, 0),
                new TrainingRow(4, "FOR-X99", null, null, 1, 1),
            ],
            [
                new ProgrammeRow(2, ProgrammeCode.SANTE_NUTRITION, "a", ProjectStatus.EnCours, 1_200.50m, null, 30, 4),
                new ProgrammeRow(3, ProgrammeCode.CSC, "b", ProjectStatus.EnPreparation, 900m, null, 10, 1),
            ]),
        // C (62): attends AT-LIL-01 by code from another territory (1 + 1), no director.
        ["62-LEN-001"] = Workbook(
            "62-LEN-001", 4, 3m,
            [new MeetingRow(2, "AT-LIL-01", new DateOnly(2025, 2, 10), EventType.AT, 1, 1, true)],
            [new TrainingRow(2, "FOR-M01", null, null, 1, 0), new TrainingRow(3, "FOR-B01", null, null, 0, 1)],
            [
                new ProgrammeRow(2, ProgrammeCode.SANTE_CANCER, "c", ProjectStatus.Termine, 800m, null, null, null),
                new ProgrammeRow(3, ProgrammeCode.SANTE_NUTRITION, "d", ProjectStatus.Abandonne, 300m, null, null, null),
            ]),
    };

    private static readonly List<SampleIndicator> Indicators = SampleExpectedIndicators.Compute(
        Reference,
        Counted,
        new HashSet<string> { "59-LIL-002" },
        new HashSet<string> { "59-LIL-001", "59-LIL-002", "62-LEN-001" });

    private static decimal? Value(string code, string scope) => Indicators.Single(i => i.Code == code && i.Scope == scope).Value;

    [Theory]
    [InlineData("RESEAU.STRUCTURES", "FED", 3)]
    [InlineData("RESEAU.STRUCTURES", "LIL", 2)]
    [InlineData("RESEAU.STRUCTURES", "62", 1)]
    [InlineData("RESEAU.EVS", "FED", 1)]
    [InlineData("RESEAU.MUNICIPAL", "59", 1)]
    [InlineData("COLLECTE.RECUES", "FED", 2)]
    [InlineData("COLLECTE.REJETEES", "LIL", 1)]
    [InlineData("COLLECTE.MANQUANTES", "FED", 0)]
    [InlineData("RH.SALARIES", "FED", 14)]
    [InlineData("RH.ETP", "59", 7.5)]
    [InlineData("AT.REUNIONS", "LIL", 2)]
    [InlineData("AT.PARTICIPANTS", "LIL", 8)]
    [InlineData("AT.SALARIES", "LIL", 3)]
    [InlineData("AT.BENEVOLES", "LIL", 5)]
    [InlineData("AT.PARTICIPANTS_MOYEN", "LIL", 4)]
    [InlineData("AT.STRUCTURES_MOYEN", "LIL", 1.5)]
    [InlineData("AT.TAUX_PARTICIPATION", "LIL", 0.75)]
    [InlineData("AT.REUNIONS", "LEN", 0)]
    [InlineData("DIRECTIONS.REUNIONS", "LIL", 1)]
    [InlineData("DIRECTIONS.TAUX_PRESENCE", "LIL", 0.5)]
    [InlineData("FORMATION.ACTIONS", "FED", 3)]
    [InlineData("FORMATION.STRUCTURES", "FED", 2)]
    [InlineData("FORMATION.SALARIES", "FED", 3)]
    [InlineData("FORMATION.SALARIES", "FOR-S01", 3)]
    [InlineData("FORMATION.BENEVOLES", "FED", 3)]
    [InlineData("FOSFORA.STRUCTURES", "FED", 2)]
    [InlineData("FOSFORA.BENEVOLES", "FED", 7)]
    [InlineData("FOSFORA.SEANCES", "FED", 5)]
    [InlineData("FOSFORA.MONTANT", "FED", 1500)]
    [InlineData("SANTE.STRUCTURES", "FED", 2)]
    [InlineData("SANTE.PROJETS", "FED", 2)]
    [InlineData("SANTE.NUTRITION.MONTANT", "59", 1200.50)]
    [InlineData("SANTE.MONTANT", "FED", 2000.50)]
    [InlineData("SANTE.CANCER.PROJETS", "62", 1)]
    [InlineData("DISPOSITIF.CSC.PROJETS", "FED", 0)]
    [InlineData("DISPOSITIF.SANTE_NUTRITION.HABITANTS", "FED", 30)]
    [InlineData("DISPOSITIF.SANTE_NUTRITION.TAUX_RESEAU", "59", 0.5)]
    public void HandWorkedScenario_GivesTheHandWorkedValue(string code, string scope, double expected)
    {
        Assert.Equal((decimal)expected, Value(code, scope));
    }

    [Fact]
    public void AveragesOverNoMeeting_AreUndefined()
    {
        Assert.Null(Value("AT.PARTICIPANTS_MOYEN", "LEN"));
        Assert.Null(Value("AT.STRUCTURES_MOYEN", "LEN"));
        Assert.Null(Value("DIRECTIONS.TAUX_PRESENCE", "LEN"));
    }
}
