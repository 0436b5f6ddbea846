using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Model;
using static FederationFunctions.Core.Tests.Consolidation.ConsolidationTestData;

namespace FederationFunctions.Core.Tests.Consolidation;

/// <summary>
/// SANTE.*, DISPOSITIF.* and the health table on <see cref="SmallNetworkScenario"/>. Counted rows by hand:
/// LIL-001: CSC en cours 1000 € (20 habitants, 3 actions), CSC terminé with no amount, no habitants, no actions (blank counts 0), SANTE_NUTRITION 5000.50 €
/// (VACANCES en préparation and EFQ abandonné never count); LIL-002: SANTE_CANCER 2000 €, CSC 500 € (5 habitants, 1 action);
/// ART-001: SANTE_NUTRITION 3000 €, SANTE_CANCER 1500 €, PARENTALITE_62 700 € (40 habitants, 6 actions).
/// </summary>
public class ProgrammeIndicatorTests
{
    [Theory]
    [InlineData("SANTE.STRUCTURES", "FED", "3")]
    [InlineData("SANTE.STRUCTURES", "59", "2")]
    [InlineData("SANTE.STRUCTURES", "62", "1")]
    [InlineData("SANTE.PROJETS", "FED", "4")]
    [InlineData("SANTE.PROJETS", "59", "2")]
    [InlineData("SANTE.PROJETS", "62", "2")]
    [InlineData("SANTE.NUTRITION.PROJETS", "FED", "2")]
    [InlineData("SANTE.NUTRITION.PROJETS", "59", "1")]
    [InlineData("SANTE.NUTRITION.PROJETS", "62", "1")]
    [InlineData("SANTE.CANCER.PROJETS", "FED", "2")]
    [InlineData("SANTE.CANCER.PROJETS", "59", "1")]
    [InlineData("SANTE.CANCER.PROJETS", "62", "1")]
    [InlineData("SANTE.NUTRITION.MONTANT", "FED", "8000.50")]
    [InlineData("SANTE.NUTRITION.MONTANT", "59", "5000.50")]
    [InlineData("SANTE.NUTRITION.MONTANT", "62", "3000")]
    [InlineData("SANTE.CANCER.MONTANT", "FED", "3500")]
    [InlineData("SANTE.CANCER.MONTANT", "59", "2000")]
    [InlineData("SANTE.CANCER.MONTANT", "62", "1500")]
    [InlineData("SANTE.MONTANT", "FED", "11500.50")]
    [InlineData("SANTE.MONTANT", "59", "7000.50")]
    [InlineData("SANTE.MONTANT", "62", "4500")]
    [InlineData("DISPOSITIF.CSC.STRUCTURES", "FED", "2")]
    [InlineData("DISPOSITIF.CSC.STRUCTURES", "59", "2")]
    [InlineData("DISPOSITIF.CSC.STRUCTURES", "62", "0")]
    [InlineData("DISPOSITIF.CSC.PROJETS", "FED", "3")]
    [InlineData("DISPOSITIF.CSC.PROJETS", "62", "0")]
    [InlineData("DISPOSITIF.CSC.MONTANT", "FED", "1500")]
    [InlineData("DISPOSITIF.CSC.MONTANT", "59", "1500")]
    [InlineData("DISPOSITIF.CSC.HABITANTS", "FED", "25")]
    [InlineData("DISPOSITIF.CSC.ACTIONS", "FED", "4")]
    [InlineData("DISPOSITIF.CSC.TAUX_RESEAU", "59", "0.5")]
    [InlineData("DISPOSITIF.CSC.TAUX_RESEAU", "62", "0")]
    [InlineData("DISPOSITIF.PARENTALITE_62.STRUCTURES", "FED", "1")]
    [InlineData("DISPOSITIF.PARENTALITE_62.STRUCTURES", "59", "0")]
    [InlineData("DISPOSITIF.PARENTALITE_62.PROJETS", "62", "1")]
    [InlineData("DISPOSITIF.PARENTALITE_62.MONTANT", "62", "700")]
    [InlineData("DISPOSITIF.PARENTALITE_62.HABITANTS", "62", "40")]
    [InlineData("DISPOSITIF.PARENTALITE_62.ACTIONS", "62", "6")]
    [InlineData("DISPOSITIF.PARENTALITE_62.ACTIONS", "59", "0")]
    [InlineData("DISPOSITIF.PARENTALITE_62.TAUX_RESEAU", "62", "0.5")]
    [InlineData("DISPOSITIF.SANTE_NUTRITION.STRUCTURES", "FED", "2")]
    [InlineData("DISPOSITIF.SANTE_NUTRITION.MONTANT", "FED", "8000.50")]
    [InlineData("DISPOSITIF.SANTE_CANCER.HABITANTS", "59", "15")]
    [InlineData("DISPOSITIF.VACANCES.PROJETS", "FED", "0")]
    [InlineData("DISPOSITIF.VACANCES.MONTANT", "FED", "0")]
    [InlineData("DISPOSITIF.VACANCES.HABITANTS", "59", "0")]
    [InlineData("DISPOSITIF.VACANCES.TAUX_RESEAU", "FED", "0")]
    [InlineData("DISPOSITIF.EFQ.STRUCTURES", "FED", "0")]
    [InlineData("DISPOSITIF.EFQ.ACTIONS", "59", "0")]
    [InlineData("DISPOSITIF.AUTRE.PROJETS", "62", "0")]
    public void SmallNetwork_ProgrammeIndicator_HasHandComputedValue(string code, string scope, string? expected)
    {
        Assert.Equal(Dec(expected), Single(SmallNetworkScenario.Result, code, scope).Value);
    }

    [Fact]
    public void SmallNetwork_ShareOfNetworkWithThirds_IsExact()
    {
        // CSC: 2 of 6 members; PARENTALITE_62: 1 of 6.
        Assert.Equal(2m / 6m, Single(SmallNetworkScenario.Result, "DISPOSITIF.CSC.TAUX_RESEAU", "FED").Value);
        Assert.Equal(1m / 6m, Single(SmallNetworkScenario.Result, "DISPOSITIF.PARENTALITE_62.TAUX_RESEAU", "FED").Value);
    }

    [Fact]
    public void SmallNetwork_HealthTable_HasNordPasDeCalaisAndTotal()
    {
        var health = SmallNetworkScenario.Result.Health;

        Assert.Equal(new HealthColumn("Nord", 2, 2, 1, 5000.50m, 1, 2000m), health.Nord);
        Assert.Equal(new HealthColumn("Pas-de-Calais", 1, 2, 1, 3000m, 1, 1500m), health.PasDeCalais);
        Assert.Equal(new HealthColumn("Total", 3, 4, 2, 8000.50m, 2, 3500m), health.Total);
        Assert.Equal(11500.50m, health.Total.TotalAmountEur);
    }

    [Fact]
    public void EveryProgrammeCode_HasSixMeasuresForFedAndBothDepartments()
    {
        var result = SmallNetworkScenario.Result;
        string[] codes =
        [
            "CSC", "VIVONS_RETRAITE", "LAB_SOCIAL", "MONALISA", "EFQ", "VACANCES", "PROMENEURS",
            "PARENTALITE_62", "MOIS_PARENTALITE", "SANTE_NUTRITION", "SANTE_CANCER", "DSL_RURALITE", "AUTRE",
        ];
        string[] measures = ["STRUCTURES", "PROJETS", "MONTANT", "HABITANTS", "ACTIONS", "TAUX_RESEAU"];

        var expected = codes.SelectMany(c => measures.SelectMany(m => new[] { "FED", "59", "62" }.Select(s => ($"DISPOSITIF.{c}.{m}", s))));
        var actual = result.Indicators.Where(i => i.Code.StartsWith("DISPOSITIF.", StringComparison.Ordinal)).Select(i => (i.Code, i.Scope));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void ProjectsOnlyInPreparationOrAbandoned_AreNotCountedAnywhere()
    {
        var reference = Reference([Territory("LIL", Department.Nord)], [Structure("59-LIL-001", "LIL", Department.Nord)]);
        var workbook = Workbook("59-LIL-001", programmes:
        [
            Programme(5, ProgrammeCode.SANTE_NUTRITION, ProjectStatus.EnPreparation, 100m, 10, 1),
            Programme(6, ProgrammeCode.SANTE_CANCER, ProjectStatus.Abandonne, 200m, 20, 2),
        ]);

        var result = Calculate(reference, Accepted(workbook));

        Assert.Equal(0m, Single(result, "SANTE.STRUCTURES", "FED").Value);
        Assert.Equal(0m, Single(result, "SANTE.MONTANT", "59").Value);
        Assert.Equal(0m, Single(result, "DISPOSITIF.SANTE_NUTRITION.HABITANTS", "FED").Value);
        Assert.Equal(0m, Single(result, "DISPOSITIF.SANTE_CANCER.STRUCTURES", "59").Value);
        Assert.Equal(new HealthColumn("Total", 0, 0, 0, 0m, 0, 0m), result.Health.Total);
    }
}
