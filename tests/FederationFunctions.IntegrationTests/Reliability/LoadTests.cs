using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Ingestion;
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
    private const int Year = LoadScenarioChecks.Year;
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
        await LoadScenarioChecks.IngestReferenceAsync(h, scenario);
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

        // Exactly one ledger entry per upload, with the right outcome; newest wins; the indicators of a clean sequential run.
        var listed = await LoadScenarioChecks.ListAsync(h, scenario);
        var entries = await LoadScenarioChecks.AssertEachRecordedOnceAsync(h, listed);
        foreach (var failing in listed.Where(l => l.Plan.Kind == LoadKind.FailsToDownload))
        {
            var json = await h.ReadFeedbackJsonAsync(entries[failing.Upload.BlobName].FeedbackJsonPath!);
            Assert.Equal(IngestionService.UnreadableIssueCode, Assert.Single(json.Issues).Code);
        }

        await LoadScenarioChecks.AssertNewestWinsAsync(h, listed, entries);
        await LoadScenarioChecks.AssertOnlyWholeVersionsVisibleAsync(h, listed);
        var expected = await LoadScenarioChecks.CleanSequentialRunAsync(azurite, h, scenario, listed, excluded: plan => plan.Kind == LoadKind.FailsToDownload);
        LoadScenarioChecks.AssertSameIndicators(expected, final);

    }

    /// <summary>The machine's load averages (1, 5, 15 minutes), so that the figures can be read against them.</summary>
    private static string MachineLoad() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
