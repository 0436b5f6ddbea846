using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Azure.Storage.Blobs.Models;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Ingestion;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Validation;
using FederationFunctions.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace FederationFunctions.IntegrationTests.Reliability;

/// <summary>
/// Uploads land while the sweep runs at its configured parallelism, triggers fire on some of them, and a consolidation runs
/// alongside; poison files are mixed in. Afterwards every upload has exactly one ledger entry with the right outcome, each
/// structure's current version is its latest accepted upload, and the indicators equal those of a clean sequential run.
/// CI size by default; <c>scripts/reliability-load.sh</c> runs the full size (500 uploads). See <c>docs/reliability.md</c>.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class LoadTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const int Year = 2023;
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task UploadsLandDuringSweepsTriggersAndConsolidation_EachCountedOnceAndNewestWins()
    {
        var full = Environment.GetEnvironmentVariable("FEDERATION_RELIABILITY_FULL") == "1";
        var scenario = LoadScenario.Create(uploads: full ? 500 : 120, structures: full ? 180 : 60, seed: 2023);
        Assert.True(scenario.IdenticalToLatest > 0 && scenario.IdenticalToOlder > 0, scenario.Describe());
        var loadBefore = MachineLoad();
        var faults = new StorageFaultPolicy();
        var settings = new Dictionary<string, string?> { ["Federation:Ingestion:FailedSweepsBeforeUnreadable"] = "3" };
        await using var h = await IngestionHarness.CreateAsync(azurite, faults, settings: settings);
        var unreadable = scenario.Uploads.Where(u => u.Kind == LoadKind.FailsToDownload).Select(u => h.Storage.Uploads.Name + "/" + u.BlobName).ToHashSet(StringComparer.Ordinal);
        faults.FailWhen(r => r.Method == "GET" && unreadable.Any(r.Targets)
            ? StorageFaultPolicy.FaultKind.Network
            : StorageFaultPolicy.FaultKind.None);
        var reference = await h.UploadReferenceAsync($"{Year}/referentiel.xlsx", h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Reference(Year, scenario.Structures))), DateTimeOffset.UtcNow);
        await h.Ingestion.IngestAsync(reference, None);
        var startMemory = Process.GetCurrentProcess().PeakWorkingSet64;

        // Uploads land (some trigger an ingestion at once), while sweeps and consolidations run.
        var watch = Stopwatch.StartNew();
        using var landing = new CancellationTokenSource();
        var triggers = new ConcurrentBag<Task>();
        var sweeps = 0;
        var consolidations = 0;
        var sweepLoop = Task.Run(async () =>
        {
            while (!landing.IsCancellationRequested)
            {
                await h.Sweep.RunAsync(None);
                Interlocked.Increment(ref sweeps);
            }
        });
        var consolidationLoop = Task.Run(async () =>
        {
            while (!landing.IsCancellationRequested)
            {
                await h.Get<ConsolidationService>().RunAsync(Year, None);
                Interlocked.Increment(ref consolidations);
            }
        });
        var random = new Random(7);
        using var triggerSlots = new SemaphoreSlim(4);
        foreach (var upload in scenario.Uploads)
        {
            await h.Storage.Uploads.GetBlobClient(upload.BlobName).UploadAsync(new BinaryData(h.Checker.RegisterOnce(upload.Content)), overwrite: true);
            if (random.NextDouble() < 0.5)
            {
                await triggerSlots.WaitAsync();
                triggers.Add(Task.Run(async () =>
                {
                    try
                    {
                        await h.Get<IsolatedIngestion>().IngestAsync(h.Storage.Uploads.Name, upload.BlobName, None);
                    }
                    finally
                    {
                        triggerSlots.Release();
                    }
                }));
            }
        }

        await Task.WhenAll(triggers);
        await landing.CancelAsync();
        await Task.WhenAll(sweepLoop, consolidationLoop);
        var landed = watch.Elapsed;

        // What the night does afterwards: sweeps until every upload is recorded (those that fail to download are recorded
        // as unreadable after their third failed sweep). The time this takes is the recovery time.
        var finalSweeps = 0;
        ReconciliationSummary last;
        do
        {
            last = await h.Sweep.RunAsync(None);
            finalSweeps++;
        }
        while (last.Failed > 0 && finalSweeps < 5);
        var elapsed = watch.Elapsed;
        var recovery = elapsed - landed;
        var final = await h.Get<ConsolidationService>().RunAsync(Year, None);
        var peakMemory = Process.GetCurrentProcess().PeakWorkingSet64;
        var loadAfter = MachineLoad();

        // The figures, printed before the checks so that a failing run shows them too.
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load: {scenario.Uploads.Count} uploads ({scenario.Describe()}) on {scenario.Structures} structures landed and were all recorded in {elapsed.TotalSeconds:0.0} s ({scenario.Uploads.Count / elapsed.TotalSeconds:0.00} uploads/s); landing {landed.TotalSeconds:0.0} s with {triggers.Count} trigger runs, {sweeps} sweeps and {consolidations} consolidations alongside; recovery (final sweeps until every upload was recorded) {recovery.TotalSeconds:0.0} s in {finalSweeps} sweeps; {faults.Injected} download faults injected, {faults.Conflicts} conflicting writes retried; {faults.Requests.Count} storage requests; peak working set {peakMemory / 1048576.0:0} MB (before the load {startMemory / 1048576.0:0} MB); machine load average before {loadBefore}, after {loadAfter}"));

        // Exactly one ledger entry per upload, with the right outcome.
        var listed = new List<(BlobUpload Upload, LoadUpload Plan)>();
        var plans = scenario.Uploads.ToDictionary(u => u.BlobName, StringComparer.Ordinal);
        await foreach (var item in h.Storage.Uploads.GetBlobsAsync(BlobTraits.None, BlobStates.None, null, None))
        {
            listed.Add((new BlobUpload(h.Storage.Uploads.Name, item.Name, item.VersionId, item.Properties.ETag!.Value.ToString(), item.Properties.LastModified!.Value, item.Properties.ContentLength ?? 0), plans[item.Name]));
        }

        var ledger = await h.Ledger.ListContainerAsync(h.Storage.Uploads.Name, None);
        Assert.Equal(scenario.Uploads.Count, listed.Count);
        Assert.Equal(listed.Count, ledger.Count);
        Assert.Equal(listed.Select(l => l.Upload.BlobName).Order(StringComparer.Ordinal), ledger.Select(e => e.BlobName).Order(StringComparer.Ordinal));
        var entries = ledger.ToDictionary(e => e.BlobName, StringComparer.Ordinal);
        foreach (var (upload, plan) in listed.Where(l => !l.Plan.Accepted))
        {
            Assert.Equal(UploadOutcome.Rejetee, entries[upload.BlobName].Outcome);
        }

        foreach (var (upload, _) in listed.Where(l => l.Plan.Kind == LoadKind.FailsToDownload))
        {
            var json = await h.ReadFeedbackJsonAsync(entries[upload.BlobName].FeedbackJsonPath!);
            Assert.Equal(IngestionService.UnreadableIssueCode, Assert.Single(json.Issues).Code);
        }

        // Each structure's current version is its latest accepted upload (by upload time, then version), and only it is Acceptée.
        var expectedCurrent = listed.Where(l => l.Plan.Accepted)
            .GroupBy(l => l.Plan.Code)
            .ToDictionary(g => g.Key, g => g.MaxBy(l => l.Upload, Comparer<BlobUpload>.Create((a, b) => BlobUpload.CompareRecency(a.UploadedAt, a.VersionKey, b.UploadedAt, b.VersionKey))));
        foreach (var (code, latest) in expectedCurrent)
        {
            var pointer = await h.Pointers.GetAsync(Year, code, None);
            Assert.True(pointer is not null && pointer.UploadId == latest.Upload.UploadId, $"{code}: current {pointer?.BlobName}, latest accepted {latest.Upload.BlobName}");
            Assert.Contains(entries[latest.Upload.BlobName].Outcome, new[] { UploadOutcome.Acceptee, UploadOutcome.Doublon });
            var stillAccepted = listed.Where(l => l.Plan.Code == code && l.Plan.Accepted && entries[l.Upload.BlobName].Outcome == UploadOutcome.Acceptee).ToList();
            Assert.True(stillAccepted.Count <= 1, $"{code}: {stillAccepted.Count} uploads still Acceptée");
            Assert.All(stillAccepted, a => Assert.Equal(a.Plan.Content, latest.Plan.Content));
        }

        // The indicators equal those of a clean sequential run over the same files, in upload order.
        await using var clean = await IngestionHarness.CreateAsync(azurite, checker: h.Checker);
        var cleanReference = await clean.UploadReferenceAsync($"{Year}/referentiel.xlsx", h.Checker.RegisterOnce(TestWorkbooks.Accepted(TestWorkbooks.Reference(Year, scenario.Structures))), DateTimeOffset.UtcNow);
        await clean.Ingestion.IngestAsync(cleanReference, None);
        var ordered = listed.OrderBy(l => l.Upload, Comparer<BlobUpload>.Create((a, b) => BlobUpload.CompareRecency(a.UploadedAt, a.VersionKey, b.UploadedAt, b.VersionKey))).ToList();
        var at = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        foreach (var (upload, plan) in ordered.Where(l => l.Plan.Kind != LoadKind.FailsToDownload))
        {
            at = at.AddMinutes(1);
            await clean.Ingestion.IngestAsync(await clean.UploadCentreAsync(upload.BlobName, h.Checker.RegisterOnce(plan.Content), at), None);
        }

        var expected = await clean.Get<ConsolidationService>().RunAsync(Year, None);
        Assert.Equal(
            expected.Result.Indicators.Select(i => (i.Code, i.Scope, i.Value)),
            final.Result.Indicators.Select(i => (i.Code, i.Scope, i.Value)));

    }

    /// <summary>The machine's load averages (1, 5, 15 minutes), so that the figures can be read against them.</summary>
    private static string MachineLoad() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
