using System.Diagnostics;
using System.Globalization;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Storage;
using FederationFunctions.IntegrationTests.Infrastructure;
using FederationFunctions.Samples;
using Xunit.Abstractions;

namespace FederationFunctions.IntegrationTests.Reliability;

/// <summary>
/// Azurite stopped for real (its process ended, its data kept on disk) in the middle of a sweep or of a consolidation, then
/// started again on the same ports: after one more sweep, or one more night, nothing is lost, nothing is counted twice, no
/// half-written version is visible, and no report is replaced by a partial one. See <c>docs/reliability.md</c>.
/// </summary>
public sealed class StorageRestartTests(RestartableAzurite azurite, ITestOutputHelper output) : IClassFixture<RestartableAzurite>
{
    private const int Year = LoadScenarioChecks.Year;
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    /// <summary>
    /// The consolidation's writes where Azurite stops: the latest report, the indicator rows, the year mark in CI; also the
    /// timestamped report and the indicator pointer in the full run (<c>scripts/reliability-load.sh</c>): each case restarts
    /// Azurite, which takes seconds.
    /// </summary>
    public static TheoryData<string> ConsolidationWrites =>
        Environment.GetEnvironmentVariable("FEDERATION_RELIABILITY_FULL") == "1"
            ? new() { "timestamped report", "latest report", "indicator rows", "indicator pointer", "year mark" }
            : new() { "latest report", "indicator rows", "year mark" };

    /// <summary>
    /// The client retries of the mid-sweep test: the command line's in CI; also a function's in the full run
    /// (<c>scripts/reliability-load.sh</c>): it found the lost-answer defect (<c>LostAnswerTests</c>); and the socket error the
    /// SDK did not retry (<c>DroppedConnectionPolicy</c>, <c>docs/reliability.md</c>).
    /// </summary>
    public static TheoryData<string> ClientRetries =>
        Environment.GetEnvironmentVariable("FEDERATION_RELIABILITY_FULL") == "1"
            ? new() { "command line", "function" }
            : new() { "command line" };

    /// <summary>
    /// Azurite starts again while the sweep goes on. With the command line's retries (about a second in all), the uploads the
    /// outage reaches are left for the next sweep; with a function's (about 25 s in all), the sweep waits for Azurite and goes
    /// on: the same requests are sent again after the restart, some of which Azurite had carried out before it stopped
    /// without its answer coming back.
    /// </summary>
    [Theory]
    [MemberData(nameof(ClientRetries))]
    public async Task AzuriteStoppedMidSweep_OneMoreSweepRecordsEachUploadOnceNewestWinsAndIndicatorsOfACleanRun(string client)
    {
        // Workbooks of 120 to 260 meeting rows: each version's rows take several table transactions.
        var scenario = LoadScenario.Create(uploads: 48, structures: 16, seed: 91, meetings: (120, 260));
        var policy = new StorageFaultPolicy();
        var rideThrough = client == "function";
        var clientOptions = rideThrough ? new StorageClientOptions() : StorageClientOptions.ForCommandLine();
        await using var h = await IngestionHarness.CreateAsync(azurite, policy, clientOptions: clientOptions);
        await LoadScenarioChecks.IngestReferenceAsync(h, scenario);
        foreach (var upload in scenario.Uploads)
        {
            await h.Storage.Uploads.GetBlobClient(upload.BlobName).UploadAsync(new BinaryData(h.Checker.RegisterOnce(upload.Content)), overwrite: true);
        }

        // Azurite stops when the sweep writes its 16th ledger entry (a third of the uploads), held until the process has ended.
        var ledgerWrites = 0;
        var outage = await StopAzuriteAtAsync(
            policy,
            r => r.Method == "PUT" && r.Targets(h.Storage.Ledger.Name + "(") && Interlocked.Increment(ref ledgerWrites) == scenario.Uploads.Count / 3,
            () => h.Sweep.RunAsync(None),
            restartWhileWorking: true);

        Assert.Null(outage.Exception);
        var interrupted = outage.Result!;
        Assert.True(
            rideThrough ? interrupted.Failed == 0 : interrupted.Failed > 0,
            $"{interrupted.Failed} uploads left for the next sweep after {outage.Downtime.TotalSeconds:0.0} s down: {string.Join("; ", interrupted.Failures.Select(f => f.BlobName + ": " + f.Reason))}");
        var backUp = Stopwatch.StartNew();
        var listed = await LoadScenarioChecks.ListAsync(h, scenario);
        await LoadScenarioChecks.AssertOnlyWholeVersionsVisibleAsync(h, listed);

        var sweep = await h.Sweep.RunAsync(None);
        var recovery = outage.WorkAfterRestart + backUp.Elapsed;

        Assert.True(sweep.Failed == 0, string.Join("; ", sweep.Failures.Select(f => f.BlobName + ": " + f.Reason)));
        var entries = await LoadScenarioChecks.AssertEachRecordedOnceAsync(h, listed);
        await LoadScenarioChecks.AssertNewestWinsAsync(h, listed, entries);
        await LoadScenarioChecks.AssertOnlyWholeVersionsVisibleAsync(h, listed);
        var final = await h.Get<ConsolidationService>().RunAsync(Year, None);
        var expected = await LoadScenarioChecks.CleanSequentialRunAsync(azurite, h, scenario, listed);
        LoadScenarioChecks.AssertSameIndicators(expected, final);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"mid-sweep restart, {client} retries: {scenario.Uploads.Count} uploads ({scenario.Describe()}); Azurite stopped after {scenario.Uploads.Count / 3} ledger entries, down {outage.Downtime.TotalSeconds:0.0} s ({outage.ConnectionsReset} connections reset, {outage.RequestsWhileDown} requests refused, SDK retries included); the interrupted sweep: {interrupted.IngestedCount} ingested, {interrupted.Failed} left for the next sweep; back up to every upload recorded: {recovery.TotalSeconds:0.0} s (the interrupted sweep {outage.WorkAfterRestart.TotalSeconds:0.0} s, then one sweep: {sweep.AlreadyRecorded} already recorded, {sweep.IngestedCount} ingested, 0 failed); lost 0, counted twice 0"));
    }

    [Theory]
    [MemberData(nameof(ConsolidationWrites))]
    public async Task AzuriteStoppedMidConsolidation_LatestReportGoodOrWholeThenNextNightRight(string write)
    {
        var scenario = LoadScenario.Create(uploads: 24, structures: 12, seed: 17);
        var policy = new StorageFaultPolicy();
        await using var h = await IngestionHarness.CreateAsync(azurite, policy);
        await LoadScenarioChecks.IngestReferenceAsync(h, scenario);
        await UploadAndSweepAsync(h, scenario.Uploads.Take(12));
        var good = await h.Get<ConsolidationService>().RunAsync(Year, None);
        var goodReport = await ReadLatestReportAsync(h);
        await UploadAndSweepAsync(h, scenario.Uploads.Skip(12));
        var expected = h.Get<IIndicatorCalculator>().Calculate(await h.Input.LoadAsync(Year, None), DateTimeOffset.UtcNow).Indicators;
        Assert.NotEqual(Values(good.Result.Indicators), Values(expected));
        await UploadClock.NextSecondAsync();

        var outage = await StopAzuriteAtAsync(policy, At(write, h), () => h.Get<ConsolidationService>().RunAsync(Year, None));

        Assert.NotNull(outage.Exception);
        var latest = await ReadLatestReportAsync(h);
        var kept = latest.AsSpan().SequenceEqual(goodReport);
        if (!kept)
        {
            AssertReportHolds(latest, expected, "the latest report is neither the good one nor a whole new one");
        }

        foreach (var report in (await h.Get<IReportStore>().ListAsync(None)).Where(r => r.Year == Year))
        {
            var content = (await h.Storage.Reports.GetBlobClient(report.BlobName).DownloadContentAsync()).Value.Content.ToArray();
            var whole = content.AsSpan().SequenceEqual(goodReport) || Holds(content, expected);
            Assert.True(whole, $"{report.BlobName} is partial");
        }

        var indicators = await h.Get<IIndicatorStore>().GetAsync(Year, None);
        Assert.True(Values(indicators) == Values(good.Result.Indicators) || Values(indicators) == Values(expected), "the indicators served are a mix or a part");
        Assert.Contains(Year, (await h.Years.ListChangedAsync(None)).Select(c => c.Year));

        // The next night: the year is still marked, so it is consolidated again, whole.
        var night = await h.Get<NightlyConsolidationJob>().RunAsync(None);

        Assert.Equal(Year, Assert.Single(night.Runs).Result.Year);
        AssertReportHolds(await ReadLatestReportAsync(h), expected, "the next night's report");
        LoadScenarioChecks.AssertSameIndicators(expected, await h.Get<IIndicatorStore>().GetAsync(Year, None));
        Assert.DoesNotContain(Year, (await h.Years.ListChangedAsync(None)).Select(c => c.Year));

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"mid-consolidation restart at the {write}: down {outage.Downtime.TotalSeconds:0.0} s ({outage.ConnectionsReset} connections reset, {outage.RequestsWhileDown} requests refused); consolidation failed with {outage.Exception!.GetType().Name}; latest report afterwards: {(kept ? "the good one, kept" : "a whole new one")}; indicators served: {(Values(indicators) == Values(expected) ? "the new ones" : "the good ones")}; the next night re-consolidated the year in {night.Runs[0].Duration.TotalSeconds:0.0} s"));
    }

    private static Func<StorageRequest, bool> At(string write, IngestionHarness h) => write switch
    {
        "timestamped report" => r => r.Method == "PUT" && r.Targets($"{h.Storage.Reports.Name}/{Year}/consolidation-{Year}-"),
        "latest report" => r => r.Method == "PUT" && r.Targets($"{h.Storage.Reports.Name}/{ReportPaths.Latest(Year)}"),
        "indicator rows" => r => r.Method == "POST" && r.Path.EndsWith("$batch", StringComparison.Ordinal),
        "indicator pointer" => r => r.Method == "PUT" && r.Targets(h.Storage.Indicators.Name + "(PartitionKey='current'"),
        "year mark" => r => r.Method == "PUT" && r.Targets(h.Storage.YearChanges.Name + "("),
        _ => throw new ArgumentOutOfRangeException(nameof(write), write, null),
    };

    /// <summary>
    /// Runs <paramref name="work"/>; the first request <paramref name="at"/> matches is held while Azurite stops (connections cut,
    /// then the process ended), then goes on into the outage; Azurite starts again from its files once the work has ended, or
    /// at once with <paramref name="restartWhileWorking"/>.
    /// </summary>
    private async Task<Outage<T>> StopAzuriteAtAsync<T>(StorageFaultPolicy policy, Func<StorageRequest, bool> at, Func<Task<T>> work, bool restartWhileWorking = false)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stopped = new ManualResetEventSlim();
        var held = 0;
        var whileDown = 0;
        var resetBefore = azurite.ConnectionsReset;
        policy.FailWhen(r =>
        {
            if (!azurite.IsRunning)
            {
                Interlocked.Increment(ref whileDown);
            }
            else if (at(r) && Interlocked.Exchange(ref held, 1) == 0)
            {
                reached.TrySetResult();
                stopped.Wait(Patience);
            }

            return StorageFaultPolicy.FaultKind.None;
        });

        var running = Task.Run(work);
        await Task.WhenAny(reached.Task, running).WaitAsync(Patience);
        Assert.True(reached.Task.IsCompleted, "the work ended before the write where Azurite was to stop");
        var down = Stopwatch.StartNew();
        var upAgain = new Stopwatch();
        Exception? exception;
        try
        {
            try
            {
                await azurite.StopAsync();
            }
            finally
            {
                stopped.Set();
            }

            if (restartWhileWorking)
            {
                await azurite.StartAsync();
                down.Stop();
                upAgain.Start();
            }

            exception = await Record.ExceptionAsync(() => running.WaitAsync(Patience));
        }
        finally
        {
            // Started again whatever happened, so that the next test of the class finds it running.
            upAgain.Stop();
            if (!azurite.IsRunning)
            {
                await azurite.StartAsync();
                down.Stop();
            }

            policy.FailWhen(null);
        }

        Assert.False(exception is TimeoutException, $"the work was still running {Patience.TotalSeconds} s after Azurite stopped");
        return new Outage<T>(exception is null ? await running : default, exception, down.Elapsed, upAgain.Elapsed, Volatile.Read(ref whileDown), azurite.ConnectionsReset - resetBefore);
    }

    private static async Task UploadAndSweepAsync(IngestionHarness h, IEnumerable<LoadUpload> uploads)
    {
        foreach (var upload in uploads)
        {
            await h.Storage.Uploads.GetBlobClient(upload.BlobName).UploadAsync(new BinaryData(h.Checker.RegisterOnce(upload.Content)), overwrite: true);
        }

        var sweep = await h.Sweep.RunAsync(None);
        Assert.Equal(0, sweep.Failed);
    }

    private static async Task<byte[]> ReadLatestReportAsync(IngestionHarness h) =>
        (await h.Storage.Reports.GetBlobClient(ReportPaths.Latest(Year)).DownloadContentAsync()).Value.Content.ToArray();

    private static bool Holds(byte[] report, IReadOnlyList<Indicator> expected)
    {
        try
        {
            var sheet = SampleIndicatorCheck.ReadIndicateursSheet(new MemoryStream(report));
            return sheet.Count == expected.Count && SampleIndicatorCheck.Mismatches(Expected(expected), sheet).Count == 0;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static void AssertReportHolds(byte[] report, IReadOnlyList<Indicator> expected, string what)
    {
        var sheet = SampleIndicatorCheck.ReadIndicateursSheet(new MemoryStream(report));
        var mismatches = SampleIndicatorCheck.Mismatches(Expected(expected), sheet);
        Assert.True(sheet.Count == expected.Count && mismatches.Count == 0, $"{what}: {sheet.Count} indicators for {expected.Count}; {string.Join("; ", mismatches.Take(5))}");
    }

    private static List<SampleIndicator> Expected(IEnumerable<Indicator> indicators) => indicators.Select(i => new SampleIndicator(i.Code, i.Scope, i.Value)).ToList();

    private static string Values(IEnumerable<Indicator> indicators) =>
        string.Join("|", indicators.Select(i => string.Create(CultureInfo.InvariantCulture, $"{i.Code}/{i.Scope}={i.Value}")));

    /// <summary>What an outage did.</summary>
    /// <param name="Downtime">From the stop to Azurite answering again.</param>
    /// <param name="WorkAfterRestart">How long the work went on after Azurite was back (restarted while working).</param>
    private sealed record Outage<T>(T? Result, Exception? Exception, TimeSpan Downtime, TimeSpan WorkAfterRestart, int RequestsWhileDown, int ConnectionsReset);
}
