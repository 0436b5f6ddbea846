using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Model;
using static FederationFunctions.Core.Tests.Consolidation.ConsolidationTestData;

namespace FederationFunctions.Core.Tests.Consolidation;

public class IndicatorListTests
{
    private static readonly string[] FedDepartmentsTerritories = ["FED", "59", "62", "LIL", "DOU", "ART", "CAL"];
    private static readonly string[] FedDepartments = ["FED", "59", "62"];
    private static readonly string[] Territories = ["LIL", "DOU", "ART", "CAL"];

    [Fact]
    public void SmallNetwork_IndicatorsBeforeDispositifs_FollowTheSpecTableThenScopes()
    {
        var expected = new List<(string Code, string Scope)>();
        void Add(string code, IEnumerable<string> scopes) => expected.AddRange(scopes.Select(s => (code, s)));
        Add("RESEAU.STRUCTURES", FedDepartmentsTerritories);
        Add("RESEAU.CS", FedDepartments);
        Add("RESEAU.EVS", FedDepartments);
        Add("RESEAU.ASSOCIATIF", FedDepartments);
        Add("RESEAU.MUNICIPAL", FedDepartments);
        foreach (var code in new[] { "COLLECTE.ATTENDUES", "COLLECTE.RECUES", "COLLECTE.REJETEES", "COLLECTE.MANQUANTES", "COLLECTE.TAUX", "RH.SALARIES", "RH.ETP", "RH.BENEVOLES", "RH.ADMINISTRATEURS" })
        {
            Add(code, FedDepartmentsTerritories);
        }

        foreach (var code in new[] { "AT.REUNIONS", "AT.PARTICIPANTS", "AT.SALARIES", "AT.BENEVOLES", "AT.PARTICIPANTS_MOYEN", "AT.STRUCTURES_MOYEN", "AT.TAUX_PARTICIPATION", "DIRECTIONS.REUNIONS", "DIRECTIONS.TAUX_PRESENCE" })
        {
            Add(code, Territories);
        }

        Add("FORMATION.ACTIONS", ["FED"]);
        Add("FORMATION.STRUCTURES", FedDepartments);
        Add("FORMATION.SALARIES", ["FED", "F-SAL-1", "F-SAL-2"]);
        Add("FORMATION.BENEVOLES", ["FED"]);
        Add("FOSFORA.STRUCTURES", ["FED"]);
        Add("FOSFORA.BENEVOLES", ["FED"]);
        Add("FOSFORA.SEANCES", ["FED"]);
        Add("FOSFORA.MONTANT", ["FED"]);
        foreach (var code in new[] { "SANTE.STRUCTURES", "SANTE.PROJETS", "SANTE.NUTRITION.PROJETS", "SANTE.CANCER.PROJETS", "SANTE.NUTRITION.MONTANT", "SANTE.CANCER.MONTANT", "SANTE.MONTANT" })
        {
            Add(code, FedDepartments);
        }

        var actual = SmallNetworkScenario.Result.Indicators
            .Select(i => (i.Code, i.Scope))
            .TakeWhile(i => !i.Code.StartsWith("DISPOSITIF.", StringComparison.Ordinal));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void SmallNetwork_IndicatorCount_IsEveryCodeTimesItsScopes()
    {
        // 7 + 4×3 + 9×7 (COLLECTE, RH) + 9×4 (AT, DIRECTIONS) + 1 + 3 + 3 + 1 + 4 + 7×3 + 13×6×3 = 385,
        // + v1.1 VIE: 6 types × 4 measures × 3 scopes = 72: 457.
        var indicators = SmallNetworkScenario.Result.Indicators;

        Assert.Equal(457, indicators.Count);
        Assert.Equal(457, indicators.Select(i => (i.Code, i.Scope)).Distinct().Count());
    }

    [Theory]
    [InlineData("RESEAU.STRUCTURES", "FED", "nombre")]
    [InlineData("COLLECTE.TAUX", "59", "%")]
    [InlineData("RH.ETP", "LIL", "ETP")]
    [InlineData("RH.SALARIES", "FED", "nombre")]
    [InlineData("AT.PARTICIPANTS_MOYEN", "LIL", "moyenne")]
    [InlineData("AT.STRUCTURES_MOYEN", "ART", "moyenne")]
    [InlineData("AT.TAUX_PARTICIPATION", "ART", "%")]
    [InlineData("DIRECTIONS.TAUX_PRESENCE", "LIL", "%")]
    [InlineData("FORMATION.SALARIES", "F-SAL-1", "nombre")]
    [InlineData("FOSFORA.MONTANT", "FED", "€")]
    [InlineData("FOSFORA.SEANCES", "FED", "nombre")]
    [InlineData("SANTE.MONTANT", "62", "€")]
    [InlineData("SANTE.NUTRITION.MONTANT", "FED", "€")]
    [InlineData("DISPOSITIF.CSC.MONTANT", "FED", "€")]
    [InlineData("DISPOSITIF.CSC.TAUX_RESEAU", "59", "%")]
    [InlineData("DISPOSITIF.VACANCES.HABITANTS", "62", "nombre")]
    public void Indicator_HasTheSpecsUnit(string code, string scope, string unit)
    {
        Assert.Equal(unit, Single(SmallNetworkScenario.Result, code, scope).Unit);
    }

    [Fact]
    public void EveryIndicator_HasAFrenchLabelOtherThanItsCode()
    {
        Assert.All(SmallNetworkScenario.Result.Indicators, i =>
        {
            Assert.False(string.IsNullOrWhiteSpace(i.Label));
            Assert.NotEqual(i.Code, i.Label);
        });
        Assert.Equal("Taux de remontée", Single(SmallNetworkScenario.Result, "COLLECTE.TAUX", "FED").Label);
        Assert.Equal("Salariés formés : Action F-SAL-1", Single(SmallNetworkScenario.Result, "FORMATION.SALARIES", "F-SAL-1").Label);
    }

    [Fact]
    public void Result_CarriesYearComputedTimeAndReference()
    {
        var result = SmallNetworkScenario.Result;

        Assert.Equal(2023, result.Year);
        Assert.Equal(ComputedAt, result.ComputedAt);
        Assert.Same(SmallNetworkScenario.Reference, result.Reference);
    }

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
}
