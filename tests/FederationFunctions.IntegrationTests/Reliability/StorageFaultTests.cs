using System.Diagnostics;
using System.Globalization;
using FederationFunctions.Core.Ingestion;
using FederationFunctions.Core.Validation;
using FederationFunctions.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace FederationFunctions.IntegrationTests.Reliability;

/// <summary>
/// A storage error injected at every storage call of one ingestion in turn (through the SDK pipeline): right after the fault
/// the previous version is still whole and current, and after one more sweep nothing is lost, nothing counted twice, and the
/// year is marked.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class StorageFaultTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const string Code = "59-LIL-001";
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset T1 = new(2024, 1, 15, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task FaultAtEachStorageCallOfAnIngestion_PreviousVersionWholeThenOneSweepCompletesIt()
    {
        var calls = await CountCallsAsync();
        Assert.True(calls > 10, $"{calls} storage calls");
        var watch = Stopwatch.StartNew();
        var recoveries = new List<TimeSpan>();

        for (var call = 0; call < calls; call++)
        {
            var faults = new StorageFaultPolicy();
            await using var h = await IngestionHarness.CreateAsync(azurite, faults);
            var (v1, v2) = await TwoVersionsAsync(h);
            await h.Ingestion.IngestAsync(v1, None);
            var marks = await h.Years.GetCounterAsync(2023, None);
            faults.FailNth(call);

            var isolated = await h.Get<IsolatedIngestion>().IngestAsync(v2, None);

            faults.FailWhen(null);
            Assert.True(faults.Injected == 1, $"call {call}: {faults.Injected} faults injected");
            var during = Assert.Single((await h.Input.LoadAsync(2023, None)).Submissions);
            Assert.True(during.Workbook!.Structure.StaffHeadcount is 12 or 15, $"call {call}: a half-written version is visible");
            Assert.Equal(during.Workbook.Structure.StaffHeadcount == 12 ? 2 : 250, during.Workbook.Meetings.Count);

            var recovering = Stopwatch.StartNew();
            var sweep = await h.Sweep.RunAsync(None);
            recoveries.Add(recovering.Elapsed);

            Assert.True(sweep.Failed == 0, $"call {call}: {string.Join("; ", sweep.Failures.Select(f => f.Reason))}");
            Assert.Equal(UploadOutcome.Acceptee, await h.LedgerOutcomeAsync(v2));
            Assert.Equal(UploadOutcome.Remplacee, await h.LedgerOutcomeAsync(v1));
            Assert.Equal(2, (await h.Ledger.ListFolderAsync(h.Storage.Uploads.Name, Code, None)).Count);
            var after = Assert.Single((await h.Input.LoadAsync(2023, None)).Submissions);
            Assert.Equal(15, after.Workbook!.Structure.StaffHeadcount);
            Assert.Equal(250, after.Workbook.Meetings.Count);
            Assert.True(await h.Years.GetCounterAsync(2023, None) > marks, $"call {call}: year not marked");
            Assert.True(isolated.Failure is not null || isolated.Result is not null);
        }

        var sorted = recoveries.Order().ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"faults: a storage fault at each of the {calls} storage calls of an ingestion in turn, {calls} faults injected, each recovered by one sweep (recovery sweep median {sorted[sorted.Count / 2].TotalMilliseconds:0} ms, max {sorted[^1].TotalMilliseconds:0} ms); {watch.Elapsed.TotalSeconds:0.0} s in all"));
    }

    private async Task<int> CountCallsAsync()
    {
        var counter = new StorageFaultPolicy();
        await using var h = await IngestionHarness.CreateAsync(azurite, counter);
        var (v1, v2) = await TwoVersionsAsync(h);
        await h.Ingestion.IngestAsync(v1, None);
        var before = counter.Requests.Count;
        await h.Get<IsolatedIngestion>().IngestAsync(v2, None);
        return counter.Requests.Count - before;
    }

    private static async Task<(BlobUpload V1, BlobUpload V2)> TwoVersionsAsync(IngestionHarness h)
    {
        var v1 = await h.UploadCentreAsync($"{Code}/v1.xlsx", h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Centre(Code, 2023, staff: 12))), T1);
        var v2 = await h.UploadCentreAsync($"{Code}/v2.xlsx", h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Centre(Code, 2023, staff: 15, meetings: 250))), T1.AddHours(2));
        return (v1, v2);
    }
}
