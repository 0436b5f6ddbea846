using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Validation;
using static FederationFunctions.Core.Tests.Consolidation.ConsolidationTestData;

namespace FederationFunctions.Core.Tests.Consolidation;

/// <summary>
/// The collection status that the API and <c>federation status</c> show: a rejection after an accepted version is named,
/// while the accepted version keeps the structure received in every count.
/// </summary>
public class CollectionStatusQueryTests
{
    private static CollectionStatus SmallNetwork() =>
        CollectionStatusQuery.Describe(new ConsolidationInput(Year, SmallNetworkScenario.Reference, SmallNetworkScenario.Submissions()), SmallNetworkScenario.Result);

    [Fact]
    public void RejectedAfterAccepted_IsReceivedAndNamesTheRejectedUpload()
    {
        var structure = SmallNetwork().Structures.Single(s => s.StructureCode == "62-ART-001");

        Assert.Equal("Reçue", structure.Status);
        Assert.Equal(("art1.xlsx", At("2024-01-03T08:00")), (structure.FileName, structure.UploadedAt));
        Assert.Equal(Upload("62-ART-001/art1-v2.xlsx", "2024-01-09T16:45", UploadOutcome.Rejetee, errors: 1), structure.LaterRejection);
    }

    [Fact]
    public void RejectedWithoutAcceptedVersion_IsRejectedWithNoLaterRejection()
    {
        var structure = SmallNetwork().Structures.Single(s => s.StructureCode == "59-LIL-003");

        Assert.Equal("Rejetée", structure.Status);
        Assert.Null(structure.LaterRejection);
    }

    [Fact]
    public void RejectedAfterAccepted_CountsAsReceivedNotRejected()
    {
        var status = SmallNetwork();

        Assert.Equal((6, 4, 1, 1), (status.Expected, status.Received, status.Rejected, status.Missing));
    }

    [Fact]
    public void RejectedAfterAcceptedWithWarnings_KeepsTheWarningStatusAndNamesTheRejection()
    {
        var workbook = Workbook("59-LIL-001", staff: 9);
        var current = Upload("59-LIL-001/a.xlsx", "2024-01-02T10:00", UploadOutcome.AccepteeAvecAvertissements, warnings: 2);
        var rejected = Upload("59-LIL-001/b.xlsx", "2024-01-03T10:00", UploadOutcome.Rejetee, errors: 3);

        var structure = Describe(new CentreSubmission("59-LIL-001", current, workbook, rejected)).Structures.Single();

        Assert.Equal(("Reçue avec avertissements", "a.xlsx"), (structure.Status, structure.FileName));
        Assert.Equal(rejected, structure.LaterRejection);
    }

    [Fact]
    public void AcceptedReupload_NamesNoRejection()
    {
        var workbook = Workbook("59-LIL-001", staff: 9);
        var current = Upload("59-LIL-001/b.xlsx", "2024-01-03T10:00", UploadOutcome.Acceptee);

        var structure = Describe(new CentreSubmission("59-LIL-001", current, workbook, current)).Structures.Single();

        Assert.Equal(("Reçue", "b.xlsx"), (structure.Status, structure.FileName));
        Assert.Null(structure.LaterRejection);
    }

    private static CollectionStatus Describe(CentreSubmission submission)
    {
        var reference = Reference([Territory("LIL", Department.Nord)], [Structure("59-LIL-001", "LIL", Department.Nord)], [], []);
        var input = new ConsolidationInput(Year, reference, [submission]);
        return CollectionStatusQuery.Describe(input, new IndicatorCalculator().Calculate(input, ComputedAt));
    }
}
