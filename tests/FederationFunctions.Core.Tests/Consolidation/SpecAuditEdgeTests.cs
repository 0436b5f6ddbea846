using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Model;
using static FederationFunctions.Core.Tests.Consolidation.ConsolidationTestData;

namespace FederationFunctions.Core.Tests.Consolidation;

/// <summary>Spec audit: scopes without members, linking corner cases and FOSFORA labels, each worked out by hand.</summary>
public class SpecAuditEdgeTests
{
    /// <summary>
    /// Only 59 has members; every 62 structure is a non-member. Territory BOU (62) has an assembly that a 59 centre
    /// attends by code. Expected: every FED/59/62 and territory row present, counts 0, rates over no member empty.
    /// </summary>
    private static ConsolidationResult DepartmentWithoutMembers() => Calculate(
        Reference(
            [Territory("LIL", Department.Nord), Territory("BOU", Department.PasDeCalais)],
            [
                Structure("59-LIL-001", "LIL", Department.Nord),
                Structure("62-BOU-001", "BOU", Department.PasDeCalais, isMember: false),
            ],
            [Event("AT-BOU-1", "2023-05-02", EventType.AT, "BOU"), Event("AT-BOU-2", "2023-11-07", EventType.AT, "BOU")],
            [Action("S-1", Audience.Salaries)]),
        Accepted(Workbook(
            "59-LIL-001", staff: 6, fte: 5m, volunteers: 10, board: 7,
            meetings: [Meeting(5, "at-bou-1", "2023-05-02", EventType.AT, 2, 1)],
            trainings: [Training(5, "S-1", 2, 0)],
            programmes: [Programme(5, ProgrammeCode.CSC, ProjectStatus.EnCours, 100m)])),
        Accepted(Workbook("62-BOU-001", staff: 99, fte: 99m, volunteers: 99, board: 99,
            programmes: [Programme(5, ProgrammeCode.CSC, ProjectStatus.EnCours, 9999m)])));

    [Theory]
    [InlineData("RESEAU.STRUCTURES", "62", "0")]
    [InlineData("RESEAU.STRUCTURES", "BOU", "0")]
    [InlineData("RESEAU.EVS", "62", "0")]
    [InlineData("COLLECTE.RECUES", "62", "0")]
    [InlineData("COLLECTE.MANQUANTES", "BOU", "0")]
    [InlineData("RH.SALARIES", "62", "0")]
    [InlineData("RH.SALARIES", "FED", "6")]
    [InlineData("FORMATION.STRUCTURES", "62", "0")]
    [InlineData("SANTE.STRUCTURES", "62", "0")]
    [InlineData("DISPOSITIF.CSC.STRUCTURES", "62", "0")]
    [InlineData("DISPOSITIF.CSC.MONTANT", "FED", "100")]
    [InlineData("DISPOSITIF.CSC.TAUX_RESEAU", "FED", "1")]
    [InlineData("AT.REUNIONS", "BOU", "2")]
    [InlineData("AT.PARTICIPANTS", "BOU", "3")]
    [InlineData("AT.PARTICIPANTS_MOYEN", "BOU", "1.5")]
    [InlineData("AT.STRUCTURES_MOYEN", "BOU", "0.5")]
    [InlineData("AT.REUNIONS", "LIL", "0")]
    [InlineData("AT.PARTICIPANTS", "LIL", "0")]
    [InlineData("DIRECTIONS.REUNIONS", "LIL", "0")]
    public void ScopeWithoutMembers_IsListedWithZeroCounts(string code, string scope, string expected)
    {
        Assert.Equal(Dec(expected), Single(DepartmentWithoutMembers(), code, scope).Value);
    }

    [Theory]
    [InlineData("COLLECTE.TAUX", "62")]
    [InlineData("COLLECTE.TAUX", "BOU")]
    [InlineData("DISPOSITIF.CSC.TAUX_RESEAU", "62")]
    [InlineData("AT.TAUX_PARTICIPATION", "BOU")]
    [InlineData("AT.PARTICIPANTS_MOYEN", "LIL")]
    [InlineData("AT.STRUCTURES_MOYEN", "LIL")]
    [InlineData("AT.TAUX_PARTICIPATION", "LIL")]
    [InlineData("DIRECTIONS.TAUX_PRESENCE", "LIL")]
    public void ScopeWithoutMembersOrEvents_RatesAndAveragesAreEmpty(string code, string scope)
    {
        Assert.Null(Single(DepartmentWithoutMembers(), code, scope).Value);
    }

    [Fact]
    public void RowWithoutCode_LinksToAFederationWideEventWhenTheTerritoryHasNone_AndItCountsInNoTerritory()
    {
        var result = Calculate(
            Reference(
                [Territory("LIL", Department.Nord)],
                [Structure("59-LIL-001", "LIL", Department.Nord)],
                [Event("AT-FED", "2023-06-01", EventType.AT, null), Event("AT-LIL-1", "2023-06-02", EventType.AT, "LIL")]),
            Accepted(Workbook("59-LIL-001", meetings: [Meeting(5, null, "2023-06-01", EventType.AT, 4, 4)])));

        Assert.DoesNotContain(result.Anomalies, a => a.Kind == AnomalyKind.UnlinkedMeeting);
        Assert.Equal(1m, Single(result, "AT.REUNIONS", "LIL").Value);
        Assert.Equal(0m, Single(result, "AT.PARTICIPANTS", "LIL").Value);
    }

    [Fact]
    public void RowWithoutCode_MatchingTwoEventsOfItsTerritory_IsUnlinked()
    {
        var result = Calculate(
            Reference(
                [Territory("LIL", Department.Nord)],
                [Structure("59-LIL-001", "LIL", Department.Nord)],
                [Event("AT-LIL-A", "2023-06-01", EventType.AT, "LIL"), Event("AT-LIL-B", "2023-06-01", EventType.AT, "LIL")]),
            Accepted(Workbook("59-LIL-001", meetings: [Meeting(7, null, "2023-06-01", EventType.AT, 4, 4)])));

        var anomaly = Assert.Single(result.Anomalies);
        Assert.Equal((AnomalyKind.UnlinkedMeeting, "59-LIL-001", 7), (anomaly.Kind, anomaly.StructureCode, anomaly.Row));
        Assert.Equal(0m, Single(result, "AT.PARTICIPANTS", "LIL").Value);
    }

    [Fact]
    public void Fosfora_GroupWrittenInCapitals_TotalLabelIsLowerCase_AndAOneLineGroupOfTwoActionsHasNoTotal()
    {
        var result = Calculate(
            Reference(
                [Territory("LIL", Department.Nord)],
                [Structure("59-LIL-001", "LIL", Department.Nord)],
                catalogue:
                [
                    Action("A", Audience.Benevoles, "FORMATION DES BÉNÉVOLES", "Accueil", sessions: 1, amount: 10m),
                    Action("B", Audience.Benevoles, "FORMATION DES BÉNÉVOLES", "Écoute", sessions: 2, amount: 20m),
                    Action("C", Audience.Mixte, "Séminaire", "Séminaire", sessions: 1, amount: 5m, outside: 2),
                    Action("D", Audience.Mixte, "Séminaire", "Séminaire", sessions: 1, amount: 5m),
                ]),
            Accepted(Workbook("59-LIL-001", trainings: [Training(5, "A", 0, 2), Training(6, "A", 0, 1), Training(7, "D", 3, 0)])));

        Assert.Equal(
            [
                (FosforaRowKind.GroupHeading, "FORMATION DES BÉNÉVOLES", 0, 0),
                (FosforaRowKind.Line, "Accueil", 1, 3),
                (FosforaRowKind.Line, "Écoute", 0, 0),
                (FosforaRowKind.GroupTotal, "Total formation des bénévoles", 1, 3),
                (FosforaRowKind.Line, "Séminaire", 0, 2),
                (FosforaRowKind.GrandTotal, "TOTAL GÉNÉRAL", 1, 5),
            ],
            result.Fosfora.Rows.Select(r => (r.Kind, r.Label, r.Centres, r.Volunteers)));
        Assert.Equal(5, result.Fosfora.GrandTotal!.Sessions);
        Assert.Equal(40m, result.Fosfora.GrandTotal.AmountEur);
    }

    [Fact]
    public void FosforaAmountEqualToTheEnvelope_IsNotAnOverrun()
    {
        var result = Calculate(Reference(
            [Territory("LIL", Department.Nord)],
            [Structure("59-LIL-001", "LIL", Department.Nord)],
            catalogue: [Action("A", Audience.Benevoles, "G", "L", amount: 1500m)],
            envelope: 1500m));

        Assert.Null(result.Fosfora.OverrunEur);
        Assert.DoesNotContain(result.Anomalies, a => a.Kind == AnomalyKind.FosforaOverEnvelope);
    }

    [Fact]
    public void Fosfora_GroupWhoseOnlyLineHasItsName_HasNoHeadingRepeatingTheLineLabel()
    {
        // indicators-v1: "One row per FOSFORA line". A heading "AMEPP" above the line "AMEPP" would be a second,
        // empty row with the line's label: whoever looks the line up by its label would find no figures.
        var result = Calculate(
            Reference(
                [Territory("LIL", Department.Nord)],
                [Structure("59-LIL-001", "LIL", Department.Nord)],
                catalogue:
                [
                    Action("AM-1", null, "AMEPP", "AMEPP", sessions: 4, amount: 300m),
                    Action("AM-2", null, "AMEPP", "amepp", sessions: 2, amount: 200m),
                    Action("S-1", Audience.Benevoles, "Séminaire", "Séminaire des administrateurs", sessions: 1, amount: 50m),
                ]),
            Accepted(Workbook("59-LIL-001", trainings: [Training(5, "AM-2", 0, 3)])));

        Assert.Equal(
            [
                (FosforaRowKind.Line, "AMEPP", 1, 3, 6, 500m),
                (FosforaRowKind.GroupHeading, "Séminaire", 0, 0, 0, 0m),
                (FosforaRowKind.Line, "Séminaire des administrateurs", 0, 0, 1, 50m),
                (FosforaRowKind.GrandTotal, "TOTAL GÉNÉRAL", 1, 3, 7, 550m),
            ],
            result.Fosfora.Rows.Select(r => (r.Kind, r.Label, r.Centres, r.Volunteers, r.Sessions, r.AmountEur)));
    }
}
