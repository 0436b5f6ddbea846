using FederationFunctions.Core.Validation;
using FederationFunctions.IntegrationTests.Infrastructure;

namespace FederationFunctions.IntegrationTests.Ingestion;

[Collection(AzuriteCollection.Name)]
public sealed class ReconciliationSweepTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task BlobsMissingFromLedger_IngestedOnceAndOnlyThem()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite);
        var at = new DateTimeOffset(2024, 2, 1, 12, 0, 0, TimeSpan.Zero);
        var seen = await h.UploadCentreAsync("59-LIL-001/a.xlsx", h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Centre("59-LIL-001", 2023))), at);
        await h.UploadCentreAsync("59-LIL-002/b.xlsx", h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Centre("59-LIL-002", 2023))), at);
        await h.UploadCentreAsync("59-LIL-003/c.xlsx", h.Checker.Register(TestWorkbooks.RejectedCentre()), at);
        await h.UploadCentreAsync("perdu.xlsx", h.Checker.Register(TestWorkbooks.RejectedCentre()), at);
        await h.UploadReferenceAsync("2023/ref.xlsx", h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Reference(2023))), at);
        await h.Ingestion.IngestAsync(seen, None);

        var summary = await h.Sweep.RunAsync(None);

        Assert.Equal(5, summary.BlobsListed);
        Assert.Equal(1, summary.AlreadyRecorded);
        Assert.Equal(0, summary.Failed);
        Assert.Equal(2, summary.Ingested[UploadOutcome.Acceptee]);
        Assert.Equal(2, summary.Ingested[UploadOutcome.Rejetee]);
        Assert.Equal(4, h.Checker.Calls.Count);
        var input = await h.Input.LoadAsync(2023, None);
        Assert.NotNull(input.Reference);
        Assert.Equal(["59-LIL-001", "59-LIL-002"], input.Submissions.Select(s => s.StructureCode));
        // The sweep reads each blob's real upload time: the rejected workbook (year unknown) counts in the year it was uploaded.
        var rejected = Assert.Single(await h.Ledger.ListFolderAsync(h.Storage.Uploads.Name, "59-LIL-003", None));
        var ofUploadYear = await h.Input.LoadAsync(rejected.UploadedAt.UtcDateTime.Year, None);
        Assert.Equal(UploadOutcome.Rejetee, ofUploadYear.Submissions.Single(s => s.StructureCode == "59-LIL-003").Latest!.Outcome);

        var again = await h.Sweep.RunAsync(None);

        Assert.Equal(5, again.AlreadyRecorded);
        Assert.Equal(0, again.IngestedCount);
        Assert.Equal(4, h.Checker.Calls.Count);
    }
}
