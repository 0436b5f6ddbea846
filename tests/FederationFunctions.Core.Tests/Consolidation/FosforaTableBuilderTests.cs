using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Model;
using static FederationFunctions.Core.Tests.Consolidation.ConsolidationTestData;

namespace FederationFunctions.Core.Tests.Consolidation;

/// <summary>The FOSFORA table's labels, group totals and envelope overrun on small cases worked out by hand.</summary>
public class FosforaTableBuilderTests
{
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
