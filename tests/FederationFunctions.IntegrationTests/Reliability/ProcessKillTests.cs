using System.Diagnostics;
using System.Globalization;
using System.Text;
using Azure.Storage.Blobs.Models;
using FederationFunctions.Cli.Infrastructure;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Ingestion;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Storage;
using FederationFunctions.Core.Validation;
using FederationFunctions.IntegrationTests.Cli;
using FederationFunctions.IntegrationTests.Infrastructure;
using FederationFunctions.Samples;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace FederationFunctions.IntegrationTests.Reliability;

/// <summary>
/// <c>federation ingest</c> run as a process of its own and killed (the whole process tree) in the middle of a sweep over a
/// generated year, real workbooks and real checker; then run again to its end: every upload has exactly one ledger entry,
/// every structure's current version is its latest accepted upload, no half-written version was ever visible, and the
/// report holds the generator's expected indicators (those of a clean sequential run). See <c>docs/reliability.md</c>.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ProcessKillTests(AzuriteFixture azurite, ITestOutputHelper output) : IDisposable
{
    private const int Year = 2025;
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);
    private readonly List<Process> _started = [];

    [Fact]
    public async Task IngestKilledMidSweep_RunAgainRecordsEachUploadOnceNewestWinsAndExpectedIndicators()
    {
        var sample = SampleYearGenerator.Generate(new SampleYearOptions(Year, Structures: 60, Seed: 23));
        var test = new CliTestContext(azurite.ConnectionString);
        await using var services = CliServices.Build(test.Context, azurite.ConnectionString);
        var storage = services.GetRequiredService<FederationStorage>();
        await storage.EnsureCreatedAsync(None);
        foreach (var step in sample.Files.GroupBy(f => f.Step).OrderBy(g => g.Key))
        {
            // Upload times have a one-second resolution: a later step lands in a later second.
            await UploadClock.NextSecondAsync();
            foreach (var file in step)
            {
                var container = file.Container == "reference" ? storage.Reference : storage.Uploads;
                await container.GetBlobClient(file.BlobName).UploadAsync(new BinaryData(file.Content), overwrite: true);
            }
        }

        var uploads = await LoadScenarioChecks.ListUploadsAsync(storage.Uploads);
        var ledger = services.GetRequiredService<UploadLedger>();

        // The first run is killed once a few uploads are recorded and many are still pending.
        var killed = StartIngest(test);
        var recordedAtKill = 0;
        var watch = Stopwatch.StartNew();
        while (!killed.Process.HasExited && watch.Elapsed < Patience)
        {
            recordedAtKill = (await ledger.ListContainerAsync(storage.Uploads.Name, None)).Count;
            if (recordedAtKill >= 6)
            {
                break;
            }

            await Task.Delay(50);
        }

        Assert.False(killed.Process.HasExited, $"« federation ingest » ended before it could be killed ({recordedAtKill} of {uploads.Count} recorded):{Environment.NewLine}{killed.Output}");
        killed.Process.Kill(entireProcessTree: true);
        await killed.Process.WaitForExitAsync().WaitAsync(Patience);
        var recordedAfterKill = (await ledger.ListContainerAsync(storage.Uploads.Name, None)).Count;
        Assert.True(recordedAfterKill < uploads.Count, $"every upload was recorded before the kill ({recordedAfterKill})");
        await LoadScenarioChecks.AssertOnlyWholeVersionsVisibleAsync(services.GetRequiredService<IConsolidationInputSource>(), Year, sample.Files.Where(f => f.Workbook is not null).Select(f => f.Workbook!));

        // Run again to its end.
        var again = StartIngest(test);
        var rerun = Stopwatch.StartNew();
        await again.Process.WaitForExitAsync().WaitAsync(Patience);
        rerun.Stop();

        Assert.True(again.Process.ExitCode == 0, $"« federation ingest » run again exited {again.Process.ExitCode}:{Environment.NewLine}{again.Output}");
        var entries = (await ledger.ListContainerAsync(storage.Uploads.Name, None)).ToDictionary(e => e.BlobName, StringComparer.Ordinal);
        Assert.Equal(uploads.Select(u => u.BlobName).Order(StringComparer.Ordinal), entries.Keys.Order(StringComparer.Ordinal));
        var expectedOutcomes = sample.Files.Where(f => f.Container == "uploads").ToDictionary(f => f.BlobName, f => f.ExpectedOutcome, StringComparer.Ordinal);
        foreach (var group in uploads.GroupBy(u => UploadLedger.PartitionKeyOf(u.Container, u.BlobName)))
        {
            if (group.Count() == 1)
            {
                // One upload in its folder: its outcome is the one a clean run gives.
                var upload = group.Single();
                Assert.True(expectedOutcomes[upload.BlobName] == entries[upload.BlobName].Outcome, $"{upload.BlobName}: {entries[upload.BlobName].Outcome}, expected {expectedOutcomes[upload.BlobName]}");
                continue;
            }

            // Several: the latest accepted one counts, whatever order the two runs took them in.
            var accepted = group.Where(u => expectedOutcomes[u.BlobName] != UploadOutcome.Rejetee).ToList();
            Assert.All(group.Except(accepted), u => Assert.Equal(UploadOutcome.Rejetee, entries[u.BlobName].Outcome));
            var latest = accepted.MaxBy(u => u, Comparer<BlobUpload>.Create((a, b) => BlobUpload.CompareRecency(a.UploadedAt, a.VersionKey, b.UploadedAt, b.VersionKey)))!;
            var pointer = await services.GetRequiredService<CurrentVersionStore>().GetAsync(Year, entries[latest.BlobName].StructureCode, None);
            Assert.True(pointer?.UploadId == latest.UploadId, $"{latest.BlobName}: the current version is {pointer?.BlobName}");
        }

        await LoadScenarioChecks.AssertOnlyWholeVersionsVisibleAsync(services.GetRequiredService<IConsolidationInputSource>(), Year, sample.Files.Where(f => f.Workbook is not null).Select(f => f.Workbook!));
        await services.GetRequiredService<ConsolidationService>().RunAsync(Year, None);
        var report = (await storage.Reports.GetBlobClient(ReportPaths.Latest(Year)).DownloadContentAsync()).Value.Content.ToStream();
        var mismatches = SampleIndicatorCheck.Mismatches(sample.ExpectedIndicators, SampleIndicatorCheck.ReadIndicateursSheet(report));
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"process kill: {uploads.Count} uploads of a generated year ({sample.Options.Structures} structures, real workbooks); « federation ingest » killed with {recordedAfterKill} recorded; run again: {rerun.Elapsed.TotalSeconds:0.0} s from its start to every upload recorded (process start included), exit 0; lost 0, counted twice 0"));
    }

    /// <summary>Ends the processes this test started that still run (after a failure), by their own handles.</summary>
    public void Dispose()
    {
        foreach (var process in _started)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(TimeSpan.FromSeconds(10));
            }

            process.Dispose();
        }
    }

    /// <summary>Starts <c>dotnet federation.dll ingest</c> with the test's containers, its output captured.</summary>
    private RunningCommand StartIngest(CliTestContext test)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "federation.dll"));
        start.ArgumentList.Add("ingest");
        foreach (var (key, value) in test.Settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        _started.Add(process);
        var text = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (text) { text.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (text) { text.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new RunningCommand(process, text);
    }

    private sealed record RunningCommand(Process Process, StringBuilder Text)
    {
        public string Output
        {
            get
            {
                lock (Text)
                {
                    return Text.ToString();
                }
            }
        }
    }
}
