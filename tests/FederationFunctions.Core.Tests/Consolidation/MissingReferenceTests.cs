using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Validation;
using static FederationFunctions.Core.Tests.Consolidation.ConsolidationTestData;

namespace FederationFunctions.Core.Tests.Consolidation;

public class MissingReferenceTests
{
    [Fact]
    public void NoReference_ListsFedAndDepartmentIndicatorsWithZeroOrEmptyRatesAndSaysWhy()
    {
        var rejected = Upload("59-LIL-002/b.xlsx", "2024-01-02T10:00", UploadOutcome.Rejetee, errors: 1);
        var result = Calculate(
            null,
            Accepted(Workbook("59-LIL-001", staff: 4)),
            new CentreSubmission("59-LIL-002", null, null, rejected));

        Assert.Null(result.Reference);
        Assert.All(result.Indicators, i => Assert.Equal(i.Unit == "%" ? null : 0m, i.Value));
        Assert.Equal(["FED", "59", "62"], result.Indicators.Where(i => i.Code == "RESEAU.STRUCTURES").Select(i => i.Scope));
        Assert.DoesNotContain(result.Indicators, i => i.Code.StartsWith("AT.", StringComparison.Ordinal));
        Assert.Empty(result.Completeness);
        Assert.Equal(
            [(AnomalyKind.MissingReference, null), (AnomalyKind.RejectedLatestUpload, "59-LIL-002")],
            result.Anomalies.Select(a => (a.Kind, a.StructureCode)));
        Assert.Contains("2023", result.Anomalies[0].Message, StringComparison.Ordinal);
    }

    // indicators-v1 says every FED/59/62 indicator is present "with 0 where nothing was found", and only "an average
    // over zero items is left empty". Without a reference members(S) is empty, so counts and sums are 0; only the
    // rates (0 / 0) have nothing to divide and stay empty.
    private static ConsolidationResult Result()
    {
        var rejected = Upload("59-LIL-002/b.xlsx", "2024-01-02T10:00", UploadOutcome.Rejetee, errors: 1);
        return Calculate(
            null,
            Accepted(Workbook("59-LIL-001", staff: 4, fte: 3m, volunteers: 7, board: 2)),
            new CentreSubmission("59-LIL-002", null, null, rejected));
    }

    [Theory]
    [InlineData("RESEAU.STRUCTURES", "FED")]
    [InlineData("RESEAU.CS", "59")]
    [InlineData("COLLECTE.ATTENDUES", "62")]
    [InlineData("COLLECTE.RECUES", "FED")]
    [InlineData("COLLECTE.REJETEES", "FED")]
    [InlineData("COLLECTE.MANQUANTES", "FED")]
    [InlineData("RH.SALARIES", "FED")]
    [InlineData("RH.ETP", "59")]
    [InlineData("FORMATION.ACTIONS", "FED")]
    [InlineData("FORMATION.STRUCTURES", "62")]
    [InlineData("FOSFORA.MONTANT", "FED")]
    [InlineData("SANTE.MONTANT", "FED")]
    [InlineData("DISPOSITIF.CSC.PROJETS", "59")]
    [InlineData("DISPOSITIF.AUTRE.STRUCTURES", "62")]
    public void NoReference_CountsAndSumsAreZero(string code, string scope)
    {
        Assert.Equal(0m, Single(Result(), code, scope).Value);
    }

    [Theory]
    [InlineData("COLLECTE.TAUX", "FED")]
    [InlineData("COLLECTE.TAUX", "62")]
    [InlineData("DISPOSITIF.CSC.TAUX_RESEAU", "FED")]
    public void NoReference_RatesOverNoMemberAreEmpty(string code, string scope)
    {
        Assert.Null(Single(Result(), code, scope).Value);
    }

    [Fact]
    public void NoReference_OnlyRatesAreEmpty()
    {
        var empty = Result().Indicators.Where(i => i.Value is null).ToList();
        Assert.NotEmpty(empty);
        Assert.All(empty, i => Assert.Equal("%", i.Unit));
    }
}
