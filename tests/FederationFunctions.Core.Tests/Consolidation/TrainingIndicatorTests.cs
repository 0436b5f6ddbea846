using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Model;
using static FederationFunctions.Core.Tests.Consolidation.ConsolidationTestData;

namespace FederationFunctions.Core.Tests.Consolidation;

/// <summary>
/// FORMATION.* and FOSFORA.* on <see cref="SmallNetworkScenario"/>. Linked rows by hand:
/// LIL-001: F-SAL-1 2+1 staff (two rows, "f-sal-1 " and "F-SAL-1"), F-BEN-1 4 vol, F-MIX-1 1 staff 1 vol, X-999 unknown (not counted);
/// LIL-002: F-BEN-1 2 vol, F-BEN-2 1 vol; ART-001: F-MIX-1 2 staff 0 vol, F-SAL-1 4 staff; ART-002: FIN-1 (no Public) 2 vol.
/// </summary>
public class TrainingIndicatorTests
{
    [Theory]
    // F-SAL-1, F-BEN-1, F-MIX-1, F-BEN-2 (centre rows) and F-ADM (5 volunteers outside centres);
    // not F-SAL-2 / F-BEN-3 (nobody), not FIN-1 (no Public).
    [InlineData("FORMATION.ACTIONS", "FED", "5")]
    [InlineData("FORMATION.STRUCTURES", "FED", "4")]
    [InlineData("FORMATION.STRUCTURES", "59", "2")]
    [InlineData("FORMATION.STRUCTURES", "62", "2")]
    // Salariés actions only: F-SAL-1 = 2 + 1 + 4; F-SAL-2 = 0 (F-MIX-1's staff and X-999's are excluded).
    [InlineData("FORMATION.SALARIES", "FED", "7")]
    [InlineData("FORMATION.SALARIES", "F-SAL-1", "7")]
    [InlineData("FORMATION.SALARIES", "F-SAL-2", "0")]
    // 4 + 1 (LIL-001) + 2 + 1 (LIL-002) + 2 (ART-002, FIN-1 is linked though it has no Public).
    [InlineData("FORMATION.BENEVOLES", "FED", "10")]
    [InlineData("FOSFORA.STRUCTURES", "FED", "4")]
    [InlineData("FOSFORA.BENEVOLES", "FED", "18")]
    [InlineData("FOSFORA.SEANCES", "FED", "8")]
    [InlineData("FOSFORA.MONTANT", "FED", "4050")]
    public void SmallNetwork_TrainingIndicator_HasHandComputedValue(string code, string scope, string? expected)
    {
        Assert.Equal(Dec(expected), Single(SmallNetworkScenario.Result, code, scope).Value);
    }

    [Fact]
    public void SmallNetwork_PerActionEmployeeRows_FollowTheCatalogueAndOnlySalariesActions()
    {
        var scopes = SmallNetworkScenario.Result.Indicators.Where(i => i.Code == "FORMATION.SALARIES").Select(i => i.Scope);

        Assert.Equal(["FED", "F-SAL-1", "F-SAL-2"], scopes);
    }

    [Fact]
    public void SmallNetwork_FosforaTable_HasHeadingsLinesTotalsInCatalogueOrder()
    {
        var table = SmallNetworkScenario.Result.Fosfora;
        FosforaTableRow[] expected =
        [
            new(FosforaRowKind.GroupHeading, "Formation des bénévoles", "Formation des bénévoles", 0, 0, 0, 0m),
            // F-BEN-1 + F-BEN-2: LIL-001 and LIL-002 sent volunteers; 4 + 2 + 1 volunteers; 4 + 1 sessions; 1000 + 250.
            new(FosforaRowKind.Line, "Formation des bénévoles", "Formations bénévoles", 2, 7, 5, 1250m),
            // F-MIX-1: only LIL-001 sent a volunteer (ART-001 sent staff only); 1 + 3 outside centres.
            new(FosforaRowKind.Line, "Formation des bénévoles", "Formations mixtes", 1, 4, 2, 500m),
            new(FosforaRowKind.GroupTotal, "Formation des bénévoles", "Total formation des bénévoles", 3, 11, 7, 1750m),
            new(FosforaRowKind.Line, "AMEPP", "AMEPP", 1, 2, 0, 2000m),
            new(FosforaRowKind.GroupHeading, "Séminaire", "Séminaire", 0, 0, 0, 0m),
            new(FosforaRowKind.Line, "Séminaire", "Séminaire des administrateurs", 0, 5, 1, 300m),
            new(FosforaRowKind.GrandTotal, "", "TOTAL GÉNÉRAL", 4, 18, 8, 4050m),
        ];

        Assert.Equal(expected, table.Rows);
        Assert.Equal(5000m, table.EnvelopeEur);
        Assert.Null(table.OverrunEur);
        Assert.DoesNotContain(SmallNetworkScenario.Result.Anomalies, a => a.Kind == AnomalyKind.FosforaOverEnvelope);
    }

    [Fact]
    public void WorkbookWithOnlyUnknownActionCodes_IsNotATrainingStructure()
    {
        var reference = Reference(
            [Territory("LIL", Department.Nord)],
            [Structure("59-LIL-001", "LIL", Department.Nord), Structure("59-LIL-002", "LIL", Department.Nord)],
            catalogue: [Action("F-1", Audience.Salaries)]);
        var result = Calculate(
            reference,
            Accepted(Workbook("59-LIL-001", trainings: [Training(5, "F-9", 3, 3)])),
            Accepted(Workbook("59-LIL-002", trainings: [Training(5, " f-1", 2, 1)])));

        Assert.Equal(1m, Single(result, "FORMATION.STRUCTURES", "FED").Value);
        Assert.Equal(2m, Single(result, "FORMATION.SALARIES", "F-1").Value);
        Assert.Equal(1m, Single(result, "FORMATION.BENEVOLES", "FED").Value);
        Assert.Equal(1m, Single(result, "FORMATION.ACTIONS", "FED").Value);
        var anomaly = Assert.Single(result.Anomalies);
        Assert.Equal(new Anomaly(AnomalyKind.UnknownTrainingAction, "59-LIL-001", "Formations", 5, anomaly.Message), anomaly);
        Assert.Contains("F-9", anomaly.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyCatalogue_GivesZeroTrainingFiguresAndAGrandTotalOnly()
    {
        var reference = Reference([Territory("LIL", Department.Nord)], [Structure("59-LIL-001", "LIL", Department.Nord)]);

        var result = Calculate(reference, Accepted(Workbook("59-LIL-001")));

        Assert.Equal(0m, Single(result, "FORMATION.ACTIONS", "FED").Value);
        Assert.Equal(0m, Single(result, "FORMATION.SALARIES", "FED").Value);
        Assert.Equal(0m, Single(result, "FOSFORA.MONTANT", "FED").Value);
        Assert.Equal([new FosforaTableRow(FosforaRowKind.GrandTotal, "", "TOTAL GÉNÉRAL", 0, 0, 0, 0m)], result.Fosfora.Rows);
    }
}
