using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Reports;
using FederationFunctions.Core.Validation;

namespace FederationFunctions.Core.Tests.Reports;

/// <summary>Hand-built inputs of the report writers; the figures are made up and need not be consistent with each other.</summary>
internal static class ReportFixtures
{
    public const string HyperlinkInjection = "=HYPERLINK(\"http://x\",\"y\")";
    public const string PlusInjection = "+1";
    public const string MinusInjection = "-2";
    public const string AtInjection = "@SUM(A1)";

    public static readonly IReadOnlyList<string> Injections = [HyperlinkInjection, PlusInjection, MinusInjection, AtInjection];

    public static readonly DateTimeOffset ComputedAt = new(2024, 3, 1, 1, 2, 3, TimeSpan.Zero);

    public static ReferenceWorkbook Reference() => new(
        2023,
        50000m,
        [
            new Territory("SAM", "Sambre-Avesnois", Department.Nord),
            new Territory("LIL", "Lille Métropole", Department.Nord),
            new Territory("ART", "Artois", Department.PasDeCalais),
        ],
        [
            new MemberStructure("59-SAM-001", "Centre social du Val", "Maubeuge", Department.Nord, "SAM", StructureType.CS, Management.Associatif, true),
            new MemberStructure("59-LIL-001", HyperlinkInjection, "Lille", Department.Nord, "LIL", StructureType.EVS, Management.Municipal, true),
            new MemberStructure("62-ART-001", "Maison de quartier Nord", "Arras", Department.PasDeCalais, "ART", StructureType.CS, Management.Municipal, true),
            new MemberStructure("62-ART-002", "Centre non adhérent", "Lens", Department.PasDeCalais, "ART", StructureType.CS, Management.Associatif, false),
        ],
        [new CalendarEvent("AT-SAM-1", new DateOnly(2023, 3, 14), EventType.AT, "SAM", "AT de printemps")],
        [
            new CatalogueAction("F-01", "Accueil et écoute", Audience.Salaries, "Formation des bénévoles", "Formations Mixtes", 4, 30000m, 0),
            new CatalogueAction("F-02", "Animer une réunion", Audience.Benevoles, "Formation des bénévoles", "Formations bénévoles", 2, 12000m, 3),
        ]);

    /// <summary>Indicators in the calculator's order, one of each unit, one undefined average.</summary>
    public static IReadOnlyList<Indicator> Indicators() =>
    [
        new("RESEAU.STRUCTURES", "FED", "Structures adhérentes", 3m, "nombre"),
        new("RESEAU.STRUCTURES", "59", "Structures adhérentes", 2m, "nombre"),
        new("RESEAU.STRUCTURES", "62", "Structures adhérentes", 1m, "nombre"),
        new("RESEAU.STRUCTURES", "SAM", "Structures adhérentes", 1m, "nombre"),
        new("COLLECTE.TAUX", "FED", "Taux de collecte", 2m / 3m, "%"),
        new("RH.ETP", "FED", "Salariés en ETP", 37.05m, "ETP"),
        new("AT.PARTICIPANTS_MOYEN", "SAM", "Participants moyens par AT", null, "moyenne"),
        new("AT.STRUCTURES_MOYEN", "SAM", "Structures moyennes par AT", 1.5m, "moyenne"),
        new("FOSFORA.MONTANT", "FED", "Montant FOSFORA", 52000m, "€"),
        new("FORMATION.SALARIES", "FED", "Salariés formés", 7m, "nombre"),
        new("FORMATION.SALARIES", "F-01", "Salariés formés", 7m, "nombre"),
    ];

    public static FosforaTable Fosfora() => new(
        [
            new(FosforaRowKind.GroupHeading, "Formation des bénévoles", "Formation des bénévoles", 0, 0, 0, 0m),
            new(FosforaRowKind.Line, "Formation des bénévoles", "Formations Mixtes", 2, 10, 4, 30000m),
            new(FosforaRowKind.Line, "Formation des bénévoles", "Formations bénévoles", 1, 5, 2, 12000m),
            new(FosforaRowKind.GroupTotal, "Formation des bénévoles", "Total formation des bénévoles", 3, 15, 6, 42000m),
            new(FosforaRowKind.GroupHeading, "Financements spécifiques", "Financements spécifiques", 0, 0, 0, 0m),
            new(FosforaRowKind.Line, "Financements spécifiques", "Projets de territoire", 1, 0, 0, 10000m),
            new(FosforaRowKind.GrandTotal, string.Empty, "TOTAL GÉNÉRAL", 4, 15, 6, 52000m),
        ],
        50000m,
        2000m);

    public static HealthTable Health() => new(
        new HealthColumn("Nord", 2, 3, 2, 1500m, 1, 800m),
        new HealthColumn("Pas-de-Calais", 1, 1, 1, 500m, 0, 0m),
        new HealthColumn("Total", 3, 4, 3, 2000m, 1, 800m));

    public static ConsolidationResult Consolidation() => new(
        2023,
        ComputedAt,
        Reference(),
        Indicators(),
        Fosfora(),
        Health(),
        [
            new CompletenessRow("59-SAM-001", "Centre social du Val", "SAM", Department.Nord, CompletenessStatus.Recue,
                new DateTimeOffset(2024, 1, 15, 9, 30, 0, TimeSpan.Zero), "activite-2023.xlsx", 0, 0),
            new CompletenessRow("59-LIL-001", HyperlinkInjection, "LIL", Department.Nord, CompletenessStatus.Rejetee,
                new DateTimeOffset(2024, 2, 1, 16, 0, 0, TimeSpan.Zero), PlusInjection, 3, 1),
            new CompletenessRow("62-ART-001", "Maison de quartier Nord", "ART", Department.PasDeCalais, CompletenessStatus.Manquante,
                null, null, 0, 0),
        ],
        [
            new Anomaly(AnomalyKind.UnlinkedMeeting, "59-SAM-001", MinusInjection, 7, AtInjection),
            new Anomaly(AnomalyKind.FosforaOverEnvelope, null, null, null, "Le montant FOSFORA (52 000 €) dépasse l'enveloppe (50 000 €) de 2 000 €."),
        ]);

    public static FeedbackReport RejectedFeedback() => new(
        "uploads",
        "59-LIL-001/activité 2023.xlsx",
        "activité 2023.xlsx",
        "59-LIL-001",
        2023,
        new DateTimeOffset(2024, 2, 1, 16, 0, 5, TimeSpan.Zero),
        new DateTimeOffset(2024, 2, 1, 16, 0, 9, TimeSpan.Zero),
        UploadOutcome.Rejetee,
        "ab12",
        [
            new ValidationIssue(Severity.Warning, "COLUMN_UNKNOWN", "Formations, colonne G (Remarques) : colonne inconnue, ignorée.", "Formations", 3, "G", "Remarques", null),
            new ValidationIssue(Severity.Error, "INTEGER_INVALID", "Formations, ligne 7, colonne D (Salariés formés) : « douze » n'est pas un nombre entier. Saisissez un nombre, par exemple 12.", "Formations", 7, "D", "Salariés formés", "douze"),
            new ValidationIssue(Severity.Error, "INTEGER_INVALID", "Structure, ligne 5 : valeur invalide.", "Structure", 5, "B", "Salariés (personnes)", HyperlinkInjection),
            new ValidationIssue(Severity.Error, "TEXT", "Formations, ligne 7, colonne AA.", "Formations", 7, "AA", "Notes", PlusInjection),
            new ValidationIssue(Severity.Warning, "TEXT", "Formations, ligne 7, colonne B.", "Formations", 7, "B", MinusInjection, AtInjection),
        ],
        []);
}
