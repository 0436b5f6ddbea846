using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Validation;
using static FederationFunctions.Core.Tests.Consolidation.ConsolidationTestData;

namespace FederationFunctions.Core.Tests.Consolidation;

/// <summary>
/// A year built the way a hidden data set would be, from the spec alone: territories LIL, VAL (59) and ART (62);
/// members 59-LIL-001 (CS, associatif, accepted), 59-LIL-002 (EVS, associatif, accepted with warnings),
/// 59-LIL-003 (CS, municipal, only a rejected upload), 59-VAL-001 (CS, municipal, nothing sent),
/// 62-ART-001 (CS, associatif, accepted then a later rejected upload), 62-ART-002 (CS, municipal, accepted),
/// 62-ART-003 (EVS, associatif, nothing sent); 59-VAL-002 is in the reference but not a member and 62-XXX-999
/// is unknown: both send big figures that must count nowhere. Expected values are worked out by hand in
/// <see cref="IndicatorCalculatorTests"/>.
/// </summary>
internal static class SpecYearScenario
{
    public static ConsolidationResult Result { get; } = Calculate(BuildReference(), Submissions());

    private static ReferenceWorkbook BuildReference() => Reference(
        [
            Territory("LIL", Department.Nord),
            Territory("VAL", Department.Nord),
            Territory("ART", Department.PasDeCalais),
        ],
        [
            Structure("59-LIL-001", "LIL", Department.Nord, StructureType.CS, Management.Associatif),
            Structure("59-LIL-002", "LIL", Department.Nord, StructureType.EVS, Management.Associatif),
            Structure("59-LIL-003", "LIL", Department.Nord, StructureType.CS, Management.Municipal),
            Structure("59-VAL-001", "VAL", Department.Nord, StructureType.CS, Management.Municipal),
            Structure("59-VAL-002", "VAL", Department.Nord, StructureType.EVS, Management.Associatif, isMember: false),
            Structure("62-ART-001", "ART", Department.PasDeCalais, StructureType.CS, Management.Associatif),
            Structure("62-ART-002", "ART", Department.PasDeCalais, StructureType.CS, Management.Municipal),
            Structure("62-ART-003", "ART", Department.PasDeCalais, StructureType.EVS, Management.Associatif),
        ],
        [
            Event("AT-LIL-1", "2023-03-14", EventType.AT, "LIL"),
            Event("AT-LIL-2", "2023-09-19", EventType.AT, "LIL"),
            Event("AT-VAL-1", "2023-04-06", EventType.AT, "VAL"),
            Event("AT-ART-1", "2023-03-14", EventType.AT, "ART"),
            Event("AT-ART-2", "2023-10-12", EventType.AT, "ART"),
            Event("DIR-LIL-1", "2023-02-07", EventType.DIRECTIONS, "LIL"),
            Event("DIR-LIL-2", "2023-06-13", EventType.DIRECTIONS, "LIL"),
            Event("DIR-ART-1", "2023-05-16", EventType.DIRECTIONS, "ART"),
            Event("CODIR-FED", "2023-12-05", EventType.DIRECTIONS, null),
            Event("AG-2023", "2023-06-17", EventType.AG, null),
        ],
        [
            Action("S-MGT", Audience.Salaries, sessions: 2),
            Action("S-COMPTA", Audience.Salaries, sessions: 1),
            Action("B-ACC", Audience.Benevoles, "Formation des bénévoles", "Accueil", sessions: 3, amount: 1200m),
            Action("M-ANIM", Audience.Mixte, "Formation des bénévoles", "Formations mixtes", sessions: 2, amount: 800m, outside: 4),
            Action("B-ACC2", Audience.Benevoles, "Formation des bénévoles", "accueil ", sessions: 1, amount: 300m),
            Action("FIN-AMEPP", null, "Financements spécifiques", "AMEPP", amount: 2500m),
            Action("ADM-SEM", Audience.Benevoles, "Séminaire", "Séminaire des administrateurs", sessions: 1, amount: 600m, outside: 6),
            Action("S-SANTE", Audience.Salaries, "Formation des salariés", "Santé au travail", sessions: 1, amount: 400m),
            Action("B-NONE", Audience.Benevoles, sessions: 5),
        ],
        envelope: 5000m);

    private static CentreSubmission[] Submissions()
    {
        var lil1 = Workbook(
            "59-LIL-001", staff: 10, fte: 8.5m, volunteers: 20, board: 9,
            meetings:
            [
                Meeting(5, null, "2023-03-14", EventType.AT, 2, 3, director: true),
                Meeting(6, "at-lil-2 ", "2023-09-19", EventType.AT, 1, 1),
                Meeting(7, null, "2023-02-07", EventType.DIRECTIONS, 1, 0, director: true),
                Meeting(8, null, "2023-06-13", EventType.DIRECTIONS, 1, 0, director: false),
                Meeting(9, null, "2023-12-05", EventType.DIRECTIONS, 1, 0, director: true),
                Meeting(10, "AT-ART-2", "2023-10-12", EventType.AT, 1, 2),
            ],
            trainings:
            [
                Training(5, "s-mgt", 2, 0),
                Training(6, "S-MGT ", 1, 0),
                Training(7, "B-ACC", 0, 3),
                Training(8, "M-ANIM", 1, 2),
                Training(9, "ZZZ-1", 4, 4),
            ],
            programmes:
            [
                Programme(5, ProgrammeCode.CSC, ProjectStatus.EnCours, 1500m, residents: 40, actions: 6),
                Programme(6, ProgrammeCode.SANTE_NUTRITION, ProjectStatus.Termine, 3000.50m, residents: 25, actions: 4),
                Programme(7, ProgrammeCode.SANTE_NUTRITION, ProjectStatus.EnPreparation, 9999m, residents: 99, actions: 99),
                Programme(8, ProgrammeCode.VACANCES, ProjectStatus.Abandonne, 5000m, residents: 99, actions: 99),
                Programme(9, ProgrammeCode.CSC, ProjectStatus.Termine, null, actions: 2),
            ]);
        var lil2 = Workbook(
            "59-LIL-002", staff: 3, fte: 1.75m, volunteers: 6, board: 5,
            meetings:
            [
                Meeting(4, "AT-LIL-1", "2023-01-01", EventType.AUTRE, 0, 2),
                Meeting(5, null, "2023-02-07", EventType.DIRECTIONS, 1, 0, director: true),
                Meeting(6, null, "2023-05-05", EventType.AT, 1, 1),
                Meeting(7, null, "2023-06-13", EventType.DIRECTIONS, 1, 0, director: true),
            ],
            trainings: [Training(5, "B-ACC2", 0, 2), Training(6, "FIN-AMEPP", 0, 1)],
            programmes:
            [
                Programme(5, ProgrammeCode.SANTE_CANCER, ProjectStatus.EnCours, 1200m, residents: 10),
                Programme(6, ProgrammeCode.VACANCES, ProjectStatus.Termine, 2400m, residents: 12, actions: 1),
            ]);
        var art1 = Workbook(
            "62-ART-001", staff: 12, fte: 10.2m, volunteers: 30, board: 11,
            meetings:
            [
                Meeting(5, null, "2023-03-14", EventType.AT, 3, 4, director: true),
                Meeting(6, null, "2023-10-12", EventType.AT, 2, 0),
                Meeting(7, "dir-art-1", "2023-05-16", EventType.DIRECTIONS, 1, 0, director: true),
                Meeting(8, "BAD-CODE", "2023-03-14", EventType.AT, 5, 5),
            ],
            trainings: [Training(5, "M-ANIM", 2, 0), Training(6, "S-SANTE", 3, 0), Training(7, "B-ACC", 0, 1)],
            programmes:
            [
                Programme(5, ProgrammeCode.SANTE_NUTRITION, ProjectStatus.EnCours, 2000m, residents: 30, actions: 5),
                Programme(6, ProgrammeCode.SANTE_CANCER, ProjectStatus.Termine, 800m),
                Programme(7, ProgrammeCode.PARENTALITE_62, ProjectStatus.EnCours, null, residents: 15, actions: 3),
            ]);
        var art2 = Workbook(
            "62-ART-002", staff: 5, fte: 4m, volunteers: 8, board: 6,
            meetings:
            [
                Meeting(5, null, "2023-03-14", EventType.AT, 1, 1),
                Meeting(6, null, "2023-05-16", EventType.DIRECTIONS, 1, 0, director: false),
                Meeting(7, null, "2023-06-17", EventType.AG, 1, 3),
            ],
            trainings: [Training(5, "FIN-AMEPP", 0, 2)],
            programmes:
            [
                Programme(5, ProgrammeCode.CSC, ProjectStatus.EnCours, 700m, residents: 5, actions: 1),
                Programme(6, ProgrammeCode.AUTRE, ProjectStatus.EnPreparation, 100m, residents: 9, actions: 9),
            ]);
        var big = (string code) => Workbook(
            code, staff: 500, fte: 500m, volunteers: 500, board: 500,
            meetings: [Meeting(5, "AT-LIL-1", "2023-03-14", EventType.AT, 50, 50, director: true)],
            trainings: [Training(5, "B-ACC", 50, 50), Training(6, "S-MGT", 50, 0)],
            programmes: [Programme(5, ProgrammeCode.CSC, ProjectStatus.EnCours, 90000m, residents: 900, actions: 90)]);

        var lil2Upload = Upload("59-LIL-002/remontee.xlsx", "2024-01-06T09:00", UploadOutcome.AccepteeAvecAvertissements, warnings: 2);
        var lil3Rejected = Upload("59-LIL-003/activite.xlsx", "2024-01-07T09:00", UploadOutcome.Rejetee, errors: 3);
        var art1Accepted = Upload("62-ART-001/v1.xlsx", "2024-01-03T09:00", UploadOutcome.Acceptee);
        var art1Rejected = Upload("62-ART-001/v2.xlsx", "2024-01-09T09:00", UploadOutcome.Rejetee, errors: 1);
        return
        [
            Accepted(lil1),
            new CentreSubmission("59-LIL-002", lil2Upload, lil2, lil2Upload),
            new CentreSubmission("59-LIL-003", null, null, lil3Rejected),
            new CentreSubmission("62-ART-001", art1Accepted, art1, art1Rejected),
            Accepted(art2),
            Accepted(big("59-VAL-002")),
            Accepted(big("62-XXX-999")),
        ];
    }
}
