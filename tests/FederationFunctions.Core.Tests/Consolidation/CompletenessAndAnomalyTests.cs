using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Validation;
using static FederationFunctions.Core.Tests.Consolidation.ConsolidationTestData;

namespace FederationFunctions.Core.Tests.Consolidation;

public class CompletenessAndAnomalyTests
{
    [Fact]
    public void SmallNetwork_Completeness_OneRowPerMemberInReferenceOrder()
    {
        CompletenessRow[] expected =
        [
            new("59-LIL-001", "Centre 59-LIL-001", "LIL", Department.Nord, CompletenessStatus.Recue, At("2024-01-05T10:00"), "activite-2023.xlsx", 0, 0),
            new("59-LIL-002", "Centre 59-LIL-002", "LIL", Department.Nord, CompletenessStatus.RecueAvecAvertissements, At("2024-01-06T09:30"), "lil2.xlsx", 0, 2),
            new("59-LIL-003", "Centre 59-LIL-003", "LIL", Department.Nord, CompletenessStatus.Rejetee, At("2024-01-07T14:00"), "lil3-v2.xlsx", 4, 1),
            new("59-DOU-001", "Centre 59-DOU-001", "DOU", Department.Nord, CompletenessStatus.Manquante, null, null, 0, 0),
            // The current version is the older accepted one, not the rejected later upload, which the row still names.
            new("62-ART-001", "Centre 62-ART-001", "ART", Department.PasDeCalais, CompletenessStatus.Recue, At("2024-01-03T08:00"), "art1.xlsx", 0, 0,
                Upload("62-ART-001/art1-v2.xlsx", "2024-01-09T16:45", UploadOutcome.Rejetee, errors: 1)),
            new("62-ART-002", "Centre 62-ART-002", "ART", Department.PasDeCalais, CompletenessStatus.Recue, At("2024-01-04T11:00"), "art2.xlsx", 0, 0),
        ];

        Assert.Equal(expected, SmallNetworkScenario.Result.Completeness);
    }

    [Fact]
    public void SmallNetwork_Anomalies_ListEverythingNotUsedInAFixedOrder()
    {
        var located = SmallNetworkScenario.Result.Anomalies.Select(a => (a.Kind, a.StructureCode, a.Sheet, a.Row));

        Assert.Equal(
            [
                (AnomalyKind.UnknownStructure, "62-XXX-999", null, null),
                (AnomalyKind.NonMemberStructure, "59-DOU-002", null, null),
                (AnomalyKind.RejectedLatestUpload, "59-LIL-003", null, null),
                (AnomalyKind.RejectedLatestUpload, "62-ART-001", null, null),
                (AnomalyKind.UnlinkedMeeting, "59-LIL-001", "Rencontres", 9),
                (AnomalyKind.UnlinkedMeeting, "59-LIL-002", "Rencontres", 6),
                (AnomalyKind.UnlinkedMeeting, "59-LIL-002", "Rencontres", 7),
                (AnomalyKind.UnknownTrainingAction, "59-LIL-001", "Formations", 9),
            ],
            located.Select(a => (a.Kind, a.StructureCode, a.Sheet, (int?)a.Row)));
    }

    [Fact]
    public void SmallNetwork_AnomalyMessages_SayWhatWasNotCountedAndWhy()
    {
        var anomalies = SmallNetworkScenario.Result.Anomalies;

        Assert.Contains("n'existe pas dans le référentiel 2023", anomalies[0].Message, StringComparison.Ordinal);
        Assert.Contains("n'est pas adhérente", anomalies[1].Message, StringComparison.Ordinal);
        Assert.Contains("lil3-v2.xlsx", anomalies[2].Message, StringComparison.Ordinal);
        Assert.Contains("aucune version acceptée", anomalies[2].Message, StringComparison.Ordinal);
        Assert.Contains("art1-v2.xlsx", anomalies[3].Message, StringComparison.Ordinal);
        Assert.Contains("art1.xlsx", anomalies[3].Message.Replace("art1-v2.xlsx", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("CODIR-FED", anomalies[4].Message, StringComparison.Ordinal);
        Assert.Contains("DIR-LIL-3", anomalies[4].Message, StringComparison.Ordinal);
        Assert.Contains("aucun événement", anomalies[5].Message, StringComparison.Ordinal);
        Assert.Contains("« NOPE-1 »", anomalies[6].Message, StringComparison.Ordinal);
        Assert.Contains("« X-999 »", anomalies[7].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectedOnlySubmission_CountsOnlyAsRejected()
    {
        var reference = Reference(
            [Territory("LIL", Department.Nord)],
            [Structure("59-LIL-001", "LIL", Department.Nord)],
            [Event("AT-1", "2023-02-01", EventType.AT, "LIL")],
            [Action("F-1", Audience.Salaries)]);
        var workbook = Workbook("59-LIL-001", staff: 9, meetings: [Meeting(5, "AT-1", "2023-02-01", EventType.AT, 4, 4)],
            trainings: [Training(5, "F-1", 3, 0)],
            programmes: [Programme(5, ProgrammeCode.CSC, ProjectStatus.EnCours, 10m)]);
        var rejected = Upload("59-LIL-001/a.xlsx", "2024-01-02T10:00", UploadOutcome.Rejetee, errors: 2);

        var result = Calculate(reference, new CentreSubmission("59-LIL-001", null, workbook, rejected));

        Assert.Equal(1m, Single(result, "COLLECTE.REJETEES", "FED").Value);
        Assert.Equal(1m, Single(result, "COLLECTE.REJETEES", "LIL").Value);
        Assert.Equal(0m, Single(result, "COLLECTE.RECUES", "FED").Value);
        Assert.Equal(0m, Single(result, "COLLECTE.MANQUANTES", "FED").Value);
        Assert.Equal(0m, Single(result, "COLLECTE.TAUX", "FED").Value);
        Assert.Equal(0m, Single(result, "RH.SALARIES", "FED").Value);
        Assert.Equal(0m, Single(result, "AT.PARTICIPANTS", "LIL").Value);
        // One assembly that nobody counted attended: averages and rates are 0, not empty.
        Assert.Equal(0m, Single(result, "AT.STRUCTURES_MOYEN", "LIL").Value);
        Assert.Equal(0m, Single(result, "AT.PARTICIPANTS_MOYEN", "LIL").Value);
        Assert.Equal(0m, Single(result, "AT.TAUX_PARTICIPATION", "LIL").Value);
        Assert.Equal(0m, Single(result, "FORMATION.SALARIES", "F-1").Value);
        Assert.Equal(0m, Single(result, "DISPOSITIF.CSC.PROJETS", "FED").Value);
        Assert.Equal(CompletenessStatus.Rejetee, Assert.Single(result.Completeness).Status);
        Assert.Equal(AnomalyKind.RejectedLatestUpload, Assert.Single(result.Anomalies).Kind);
    }

    [Fact]
    public void NonMemberAndUnknownStructures_CountNowhereAndAreListed()
    {
        var reference = Reference(
            [Territory("LIL", Department.Nord)],
            [Structure("59-LIL-001", "LIL", Department.Nord, isMember: false)],
            [Event("AT-1", "2023-02-01", EventType.AT, "LIL")]);
        var nonMember = Workbook("59-LIL-001", staff: 5, meetings: [Meeting(5, "AT-1", "2023-02-01", EventType.AT, 4, 4)]);
        var unknown = Workbook("59-LIL-404", staff: 6, meetings: [Meeting(5, null, "2023-03-01", EventType.AT, 1, 1)]);

        var result = Calculate(reference, Accepted(nonMember), Accepted(unknown));

        Assert.Equal(0m, Single(result, "RESEAU.STRUCTURES", "FED").Value);
        Assert.Equal(0m, Single(result, "COLLECTE.RECUES", "FED").Value);
        Assert.Null(Single(result, "COLLECTE.TAUX", "FED").Value);
        Assert.Equal(0m, Single(result, "RH.SALARIES", "FED").Value);
        Assert.Equal(0m, Single(result, "AT.PARTICIPANTS", "LIL").Value);
        Assert.Empty(result.Completeness);
        Assert.Equal(
            [(AnomalyKind.NonMemberStructure, "59-LIL-001"), (AnomalyKind.UnknownStructure, "59-LIL-404")],
            result.Anomalies.Select(a => (a.Kind, a.StructureCode)).OrderBy(a => a.StructureCode, StringComparer.Ordinal));
    }

    [Fact]
    public void FosforaOverEnvelope_GivesOverrunAndOneAnomaly()
    {
        var reference = Reference(
            [Territory("LIL", Department.Nord)],
            [Structure("59-LIL-001", "LIL", Department.Nord)],
            catalogue: [Action("A", Audience.Benevoles, "G", "L", amount: 600.25m), Action("B", null, "G", "L", amount: 400m)],
            envelope: 1000m);

        var result = Calculate(reference);

        Assert.Equal(0.25m, result.Fosfora.OverrunEur);
        var anomaly = Assert.Single(result.Anomalies);
        Assert.Equal(AnomalyKind.FosforaOverEnvelope, anomaly.Kind);
        Assert.Null(anomaly.StructureCode);
    }

    [Fact]
    public void FosforaWithoutEnvelope_HasNoOverrun()
    {
        var reference = Reference(
            [Territory("LIL", Department.Nord)],
            [Structure("59-LIL-001", "LIL", Department.Nord)],
            catalogue: [Action("A", Audience.Benevoles, "G", "L", amount: 600m)]);

        var result = Calculate(reference);

        Assert.Null(result.Fosfora.EnvelopeEur);
        Assert.Null(result.Fosfora.OverrunEur);
        Assert.Empty(result.Anomalies);
    }
}
