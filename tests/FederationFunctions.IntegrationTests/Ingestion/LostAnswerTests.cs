using FederationFunctions.Core.Ingestion;
using FederationFunctions.Core.Validation;
using FederationFunctions.IntegrationTests.Infrastructure;

namespace FederationFunctions.IntegrationTests.Ingestion;

/// <summary>
/// A write that storage carried out but whose answer was lost (a connection reset as storage stops) is sent again by the SDK:
/// the ingestion still completes in the same attempt. Found by the Azurite restart test with a function's retries.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class LostAnswerTests(AzuriteFixture azurite)
{
    private const string Code = "59-LIL-001";
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Sweep_FeedbackJsonCommitAnsweredThenAnswerLost_UploadRecordedInTheSameSweep()
    {
        var faults = new StorageFaultPolicy();
        await using var h = await IngestionHarness.CreateAsync(azurite, faults);
        var upload = await h.UploadCentreAsync(Code + "/activite-2023.xlsx", h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Centre(Code, 2023))), new DateTimeOffset(2024, 1, 15, 9, 30, 0, TimeSpan.Zero));
        var lost = 0;
        faults.FailWhen(r => r.Method == "PUT" && r.Query.Contains("comp=blocklist", StringComparison.Ordinal) && r.Path.EndsWith(".json", StringComparison.Ordinal)
            && Interlocked.Increment(ref lost) == 1
                ? StorageFaultPolicy.FaultKind.AnswerLost
                : StorageFaultPolicy.FaultKind.None);

        var sweep = await h.Sweep.RunAsync(None);

        Assert.Equal(1, faults.Injected);
        Assert.True(sweep.Failed == 0, string.Join("; ", sweep.Failures.Select(f => f.Reason)));
        Assert.Equal(UploadOutcome.Acceptee, await h.LedgerOutcomeAsync(upload));
        var json = await h.ReadFeedbackJsonAsync((await h.Ledger.GetAsync(upload, None))!.FeedbackJsonPath!);
        Assert.Equal(Code, json.StructureCode);
    }

    [Fact]
    public async Task CountFailure_WritesAnsweredThenAnswersLost_EachFailureCountedOnce()
    {
        var faults = new StorageFaultPolicy();
        await using var h = await IngestionHarness.CreateAsync(azurite, faults);
        var upload = await h.UploadCentreAsync(Code + "/activite-2023.xlsx", h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Centre(Code, 2023))), new DateTimeOffset(2024, 1, 15, 9, 30, 0, TimeSpan.Zero));
        var ledger = h.Storage.Ledger.Name;
        var lost = 0;
        faults.FailWhen(r => (r.Method == "POST" && r.Path.EndsWith(ledger, StringComparison.Ordinal)) || (r.Method == "PUT" && r.Targets("~failed"))
            ? Interlocked.Increment(ref lost) <= 2 ? StorageFaultPolicy.FaultKind.AnswerLost : StorageFaultPolicy.FaultKind.None
            : StorageFaultPolicy.FaultKind.None);

        var first = await h.Ledger.CountFailureAsync(upload, "panne", None);
        var second = await h.Ledger.CountFailureAsync(upload, "panne", None);

        Assert.Equal(2, faults.Injected);
        Assert.Equal(1, first);
        Assert.Equal(2, second);
    }
}
