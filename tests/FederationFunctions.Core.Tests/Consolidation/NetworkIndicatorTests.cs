using FederationFunctions.Core.Model;
using static FederationFunctions.Core.Tests.Consolidation.ConsolidationTestData;

namespace FederationFunctions.Core.Tests.Consolidation;

/// <summary>RESEAU.*, COLLECTE.* and RH.* on <see cref="SmallNetworkScenario"/>, worked out by hand.</summary>
public class NetworkIndicatorTests
{
    [Theory]
    // Members: LIL-001, LIL-002, LIL-003, DOU-001 (59), ART-001, ART-002 (62); DOU-002 is not a member.
    [InlineData("RESEAU.STRUCTURES", "FED", "6")]
    [InlineData("RESEAU.STRUCTURES", "59", "4")]
    [InlineData("RESEAU.STRUCTURES", "62", "2")]
    [InlineData("RESEAU.STRUCTURES", "LIL", "3")]
    [InlineData("RESEAU.STRUCTURES", "DOU", "1")]
    [InlineData("RESEAU.STRUCTURES", "ART", "2")]
    [InlineData("RESEAU.STRUCTURES", "CAL", "0")]
    [InlineData("RESEAU.CS", "FED", "4")]
    [InlineData("RESEAU.CS", "59", "3")]
    [InlineData("RESEAU.CS", "62", "1")]
    [InlineData("RESEAU.EVS", "FED", "2")]
    [InlineData("RESEAU.EVS", "59", "1")]
    [InlineData("RESEAU.EVS", "62", "1")]
    [InlineData("RESEAU.ASSOCIATIF", "FED", "4")]
    [InlineData("RESEAU.ASSOCIATIF", "59", "2")]
    [InlineData("RESEAU.ASSOCIATIF", "62", "2")]
    [InlineData("RESEAU.MUNICIPAL", "FED", "2")]
    [InlineData("RESEAU.MUNICIPAL", "59", "2")]
    [InlineData("RESEAU.MUNICIPAL", "62", "0")]
    [InlineData("COLLECTE.ATTENDUES", "FED", "6")]
    [InlineData("COLLECTE.ATTENDUES", "59", "4")]
    [InlineData("COLLECTE.ATTENDUES", "62", "2")]
    [InlineData("COLLECTE.ATTENDUES", "LIL", "3")]
    [InlineData("COLLECTE.ATTENDUES", "CAL", "0")]
    // Received: LIL-001, LIL-002 (with warnings), ART-001 (older accepted version stays current), ART-002.
    [InlineData("COLLECTE.RECUES", "FED", "4")]
    [InlineData("COLLECTE.RECUES", "59", "2")]
    [InlineData("COLLECTE.RECUES", "62", "2")]
    [InlineData("COLLECTE.RECUES", "LIL", "2")]
    [InlineData("COLLECTE.RECUES", "DOU", "0")]
    [InlineData("COLLECTE.RECUES", "ART", "2")]
    [InlineData("COLLECTE.RECUES", "CAL", "0")]
    // Rejected: LIL-003 only (ART-001's latest is rejected but it has an accepted version).
    [InlineData("COLLECTE.REJETEES", "FED", "1")]
    [InlineData("COLLECTE.REJETEES", "59", "1")]
    [InlineData("COLLECTE.REJETEES", "62", "0")]
    [InlineData("COLLECTE.REJETEES", "LIL", "1")]
    [InlineData("COLLECTE.REJETEES", "ART", "0")]
    [InlineData("COLLECTE.MANQUANTES", "FED", "1")]
    [InlineData("COLLECTE.MANQUANTES", "59", "1")]
    [InlineData("COLLECTE.MANQUANTES", "62", "0")]
    [InlineData("COLLECTE.MANQUANTES", "LIL", "0")]
    [InlineData("COLLECTE.MANQUANTES", "DOU", "1")]
    [InlineData("COLLECTE.TAUX", "59", "0.5")]
    [InlineData("COLLECTE.TAUX", "62", "1")]
    [InlineData("COLLECTE.TAUX", "DOU", "0")]
    [InlineData("COLLECTE.TAUX", "ART", "1")]
    [InlineData("COLLECTE.TAUX", "CAL", null)]
    // RH over LIL-001 (10; 7.5; 30; 12), LIL-002 (4; 2.25; 15; 8), ART-001 (20; 15.8; 50; 10), ART-002 (2; 1.5; 6; 5).
    [InlineData("RH.SALARIES", "FED", "36")]
    [InlineData("RH.SALARIES", "59", "14")]
    [InlineData("RH.SALARIES", "62", "22")]
    [InlineData("RH.SALARIES", "LIL", "14")]
    [InlineData("RH.SALARIES", "DOU", "0")]
    [InlineData("RH.SALARIES", "ART", "22")]
    [InlineData("RH.ETP", "FED", "27.05")]
    [InlineData("RH.ETP", "59", "9.75")]
    [InlineData("RH.ETP", "62", "17.3")]
    [InlineData("RH.ETP", "LIL", "9.75")]
    [InlineData("RH.ETP", "CAL", "0")]
    [InlineData("RH.BENEVOLES", "FED", "101")]
    [InlineData("RH.BENEVOLES", "59", "45")]
    [InlineData("RH.BENEVOLES", "62", "56")]
    [InlineData("RH.BENEVOLES", "ART", "56")]
    [InlineData("RH.ADMINISTRATEURS", "FED", "35")]
    [InlineData("RH.ADMINISTRATEURS", "59", "20")]
    [InlineData("RH.ADMINISTRATEURS", "62", "15")]
    [InlineData("RH.ADMINISTRATEURS", "LIL", "20")]
    [InlineData("RH.ADMINISTRATEURS", "DOU", "0")]
    public void SmallNetwork_NetworkIndicator_HasHandComputedValue(string code, string scope, string? expected)
    {
        Assert.Equal(Dec(expected), Single(SmallNetworkScenario.Result, code, scope).Value);
    }

    [Fact]
    public void SmallNetwork_CollectionRateWithThirds_IsExactFraction()
    {
        Assert.Equal(4m / 6m, Single(SmallNetworkScenario.Result, "COLLECTE.TAUX", "FED").Value);
        Assert.Equal(2m / 3m, Single(SmallNetworkScenario.Result, "COLLECTE.TAUX", "LIL").Value);
    }

    [Fact]
    public void StructureInWorkbookClaimingOtherTerritory_CountsInItsReferenceScopes()
    {
        // The workbook's own code/territory text is irrelevant: the reference entry decides (59, LIL).
        var reference = Reference(
            [Territory("LIL", Department.Nord), Territory("ART", Department.PasDeCalais)],
            [Structure("59-LIL-001", "LIL", Department.Nord)]);
        var result = Calculate(reference, Accepted(Workbook("62-ART-777", staff: 7)) with { StructureCode = "59-lil-001 " });

        Assert.Equal(7m, Single(result, "RH.SALARIES", "LIL").Value);
        Assert.Equal(7m, Single(result, "RH.SALARIES", "59").Value);
        Assert.Equal(0m, Single(result, "RH.SALARIES", "62").Value);
        Assert.Equal(0m, Single(result, "RH.SALARIES", "ART").Value);
    }

    [Fact]
    public void TerritoryCodeWrittenInOtherCase_CountsUnderTheTerritoriesSpelling()
    {
        var reference = Reference(
            [Territory("LIL", Department.Nord)],
            [Structure("59-LIL-001", " lil", Department.Nord, StructureType.EVS, Management.Municipal)]);

        var result = Calculate(reference, Accepted(Workbook("59-LIL-001", fte: 0.5m)));

        Assert.Equal(1m, Single(result, "RESEAU.STRUCTURES", "LIL").Value);
        Assert.Equal(0.5m, Single(result, "RH.ETP", "LIL").Value);
        Assert.Equal("LIL", Assert.Single(result.Completeness).TerritoryCode);
    }
}
