using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Validation;
using static FederationFunctions.Core.Tests.Consolidation.ConsolidationTestData;

namespace FederationFunctions.Core.Tests.Consolidation;

/// <summary>
/// A small year worked out by hand (the expected figures are in the tests that use it).
/// Territories LIL, DOU (59), ART, CAL (62; CAL has no member). Members: 59-LIL-001 (CS, associatif, accepted),
/// 59-LIL-002 (EVS, municipal, accepted with warnings), 59-LIL-003 (CS, associatif, only a rejected upload),
/// 59-DOU-001 (CS, municipal, sent nothing), 62-ART-001 (CS, associatif, accepted then a rejected later upload),
/// 62-ART-002 (EVS, associatif, accepted). 59-DOU-002 is not a member; 62-XXX-999 is not in the reference.
/// The non-counted ones carry big figures that must never show up.
/// </summary>
internal static class SmallNetworkScenario
{
    public static ReferenceWorkbook Reference { get; } = BuildReference();

    public static ConsolidationResult Result { get; } = Calculate(Reference, Submissions());

    private static ReferenceWorkbook BuildReference() => ConsolidationTestData.Reference(
        [
            Territory("LIL", Department.Nord),
            Territory("DOU", Department.Nord),
            Territory("ART", Department.PasDeCalais),
            Territory("CAL", Department.PasDeCalais),
        ],
        [
            Structure("59-LIL-001", "LIL", Department.Nord, StructureType.CS, Management.Associatif),
            Structure("59-LIL-002", "LIL", Department.Nord, StructureType.EVS, Management.Municipal),
            Structure("59-LIL-003", "LIL", Department.Nord, StructureType.CS, Management.Associatif),
            Structure("59-DOU-001", "DOU", Department.Nord, StructureType.CS, Management.Municipal),
            Structure("59-DOU-002", "DOU", Department.Nord, StructureType.CS, Management.Associatif, isMember: false),
            Structure("62-ART-001", "ART", Department.PasDeCalais, StructureType.CS, Management.Associatif),
            Structure("62-ART-002", "ART", Department.PasDeCalais, StructureType.EVS, Management.Associatif),
        ],
        [
            Event("AT-LIL-1", "2023-03-10", EventType.AT, "LIL"),
            Event("AT-LIL-2", "2023-06-15", EventType.AT, "LIL"),
            Event("AT-LIL-3", "2023-10-05", EventType.AT, "LIL"),
            Event("AT-ART-1", "2023-03-10", EventType.AT, "ART"),
            Event("DIR-LIL-1", "2023-04-04", EventType.DIRECTIONS, "LIL"),
            Event("DIR-LIL-2", "2023-09-12", EventType.DIRECTIONS, "LIL"),
            Event("DIR-LIL-3", "2023-11-20", EventType.DIRECTIONS, "LIL"),
            Event("CODIR-FED", "2023-11-20", EventType.DIRECTIONS, null),
            Event("DIR-ART-1", "2023-05-05", EventType.DIRECTIONS, "ART"),
            Event("AG-2023", "2023-06-24", EventType.AG, null),
        ],
        [
            Action("F-SAL-1", Audience.Salaries, sessions: 3),
            Action("F-SAL-2", Audience.Salaries),
            Action("F-BEN-1", Audience.Benevoles, "Formation des bénévoles", "Formations bénévoles", sessions: 4, amount: 1000m),
            Action("F-MIX-1", Audience.Mixte, "Formation des bénévoles", "Formations mixtes", sessions: 2, amount: 500m, outside: 3),
            Action("F-BEN-2", Audience.Benevoles, "Formation des bénévoles", "Formations bénévoles", sessions: 1, amount: 250m),
            Action("FIN-1", null, "AMEPP", "AMEPP", amount: 2000m),
            Action("F-BEN-3", Audience.Benevoles),
            Action("F-ADM", Audience.Benevoles, "Séminaire", "Séminaire des administrateurs", sessions: 1, amount: 300m, outside: 5),
        ],
        envelope: 5000m);

    public static CentreSubmission[] Submissions()
    {
        var lil1 = Workbook(
            "59-LIL-001", staff: 10, fte: 7.5m, volunteers: 30, board: 12,
            meetings:
            [
                Meeting(5, " at-lil-1 ", "2023-03-10", EventType.AT, 2, 3, director: true),
                Meeting(6, null, "2023-06-15", EventType.AT, 1, 1),
                Meeting(7, null, "2023-04-04", EventType.DIRECTIONS, 1, 0, director: true),
                Meeting(8, null, "2023-06-24", EventType.AG, 1, 2),
                Meeting(9, null, "2023-11-20", EventType.DIRECTIONS, 1, 0, director: true),
                Meeting(10, null, "2023-03-10", EventType.AT, 0, 4),
            ],
            trainings:
            [
                Training(5, "f-sal-1 ", 2, 0),
                Training(6, "F-SAL-1", 1, 0),
                Training(7, "F-BEN-1", 0, 4),
                Training(8, "F-MIX-1", 1, 1),
                Training(9, "X-999", 5, 5),
            ],
            programmes:
            [
                Programme(5, ProgrammeCode.CSC, ProjectStatus.EnCours, 1000m, residents: 20, actions: 3),
                Programme(6, ProgrammeCode.CSC, ProjectStatus.Termine, null),
                Programme(7, ProgrammeCode.SANTE_NUTRITION, ProjectStatus.EnCours, 5000.50m),
                Programme(8, ProgrammeCode.VACANCES, ProjectStatus.EnPreparation, 800m, residents: 9, actions: 9),
                Programme(9, ProgrammeCode.EFQ, ProjectStatus.Abandonne, 300m, residents: 9, actions: 9),
            ]);
        var lil2 = Workbook(
            "59-LIL-002", staff: 4, fte: 2.25m, volunteers: 15, board: 8,
            meetings:
            [
                Meeting(4, "AT-LIL-1", "2023-01-01", EventType.AUTRE, 1, 0, director: true),
                Meeting(5, null, "2023-04-04", EventType.DIRECTIONS, 1, 0, director: false),
                Meeting(6, null, "2023-02-02", EventType.AT, 1, 1),
                Meeting(7, "NOPE-1", "2023-03-10", EventType.AT, 1, 1),
                Meeting(8, null, "2023-09-12", EventType.DIRECTIONS, 1, 0, director: true),
            ],
            trainings: [Training(5, "F-BEN-1", 0, 2), Training(6, "F-BEN-2", 0, 1)],
            programmes:
            [
                Programme(5, ProgrammeCode.SANTE_CANCER, ProjectStatus.Termine, 2000m, residents: 15),
                Programme(6, ProgrammeCode.CSC, ProjectStatus.EnCours, 500m, residents: 5, actions: 1),
            ]);
        var lil3Rejected = Workbook(
            "59-LIL-003", staff: 900, fte: 900m, volunteers: 900, board: 900,
            meetings: [Meeting(5, "AT-LIL-1", "2023-03-10", EventType.AT, 90, 90, director: true)],
            trainings: [Training(5, "F-SAL-1", 90, 90)],
            programmes: [Programme(5, ProgrammeCode.SANTE_NUTRITION, ProjectStatus.EnCours, 90000m)]);
        var dou2NonMember = Workbook(
            "59-DOU-002", staff: 100, fte: 90m, volunteers: 100, board: 100,
            meetings: [Meeting(5, "AT-LIL-1", "2023-03-10", EventType.AT, 50, 50, director: true)],
            trainings: [Training(5, "F-SAL-1", 100, 0), Training(6, "UNKNOWN-NM", 1, 1)],
            programmes: [Programme(5, ProgrammeCode.SANTE_NUTRITION, ProjectStatus.EnCours, 99999m)]);
        var art1 = Workbook(
            "62-ART-001", staff: 20, fte: 15.8m, volunteers: 50, board: 10,
            meetings:
            [
                Meeting(5, null, "2023-03-10", EventType.AT, 3, 2),
                Meeting(6, "AT-LIL-2", "2023-06-15", EventType.AT, 1, 1),
                Meeting(7, null, "2023-05-05", EventType.DIRECTIONS, 1, 0, director: true),
            ],
            trainings: [Training(5, "F-MIX-1", 2, 0), Training(6, "F-SAL-1", 4, 0)],
            programmes:
            [
                Programme(5, ProgrammeCode.SANTE_NUTRITION, ProjectStatus.EnCours, 3000m),
                Programme(6, ProgrammeCode.SANTE_CANCER, ProjectStatus.EnCours, 1500m),
                Programme(7, ProgrammeCode.PARENTALITE_62, ProjectStatus.Termine, 700m, residents: 40, actions: 6),
            ]);
        var art2 = Workbook(
            "62-ART-002", staff: 2, fte: 1.5m, volunteers: 6, board: 5,
            meetings: [Meeting(5, null, "2023-05-05", EventType.DIRECTIONS, 1, 0, director: false)],
            trainings: [Training(5, "FIN-1", 0, 2)]);
        var unknown = Workbook(
            "62-XXX-999", staff: 1000, fte: 1000m, volunteers: 1000, board: 1000,
            meetings: [Meeting(5, "AT-LIL-2", "2023-06-15", EventType.AT, 70, 70)],
            trainings: [Training(5, "F-BEN-1", 0, 100)],
            programmes: [Programme(5, ProgrammeCode.CSC, ProjectStatus.EnCours, 1m)]);

        var lil2Upload = Upload("59-LIL-002/lil2.xlsx", "2024-01-06T09:30", UploadOutcome.AccepteeAvecAvertissements, warnings: 2);
        var lil3Upload = Upload("59-LIL-003/lil3-v2.xlsx", "2024-01-07T14:00", UploadOutcome.Rejetee, errors: 4, warnings: 1);
        var art1Current = Upload("62-ART-001/art1.xlsx", "2024-01-03T08:00", UploadOutcome.Acceptee);
        var art1Latest = Upload("62-ART-001/art1-v2.xlsx", "2024-01-09T16:45", UploadOutcome.Rejetee, errors: 1);
        return
        [
            Accepted(unknown),
            Accepted(art2, "2024-01-04T11:00", "art2.xlsx"),
            new CentreSubmission("62-ART-001", art1Current, art1, art1Latest),
            Accepted(dou2NonMember),
            new CentreSubmission("59-LIL-003", null, lil3Rejected, lil3Upload),
            new CentreSubmission("59-LIL-002", lil2Upload, lil2, lil2Upload),
            Accepted(lil1, "2024-01-05T10:00", "activite-2023.xlsx"),
        ];
    }
}
