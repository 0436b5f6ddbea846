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
}
