using System.Globalization;
using ClosedXML.Excel;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Ingestion;
using FederationFunctions.Core.Reports;
using FederationFunctions.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace FederationFunctions.IntegrationTests.Consolidation;

/// <summary>The nightly job and the consolidation service on Azurite: sweep, changed years, both report names, stored indicators, overlapping runs.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ConsolidationPipelineTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset T1 = new(2024, 2, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>Reference of 2023 (59-LIL-001 and 59-LIL-003 members, 59-LIL-002 not) and the two members' workbooks, uploaded but not ingested.</summary>
    private static async Task UploadYearAsync(IngestionHarness h)
    {
        await h.UploadReferenceAsync("2023/referentiel.xlsx", h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Reference(2023))), T1);
        await h.UploadCentreAsync("59-LIL-001/activite.xlsx", h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Centre("59-LIL-001", 2023, staff: 12))), T1);
        await h.UploadCentreAsync("59-LIL-003/activite.xlsx", h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Centre("59-LIL-003", 2023, staff: 7))), T1);
    }

    [Fact]
    public async Task NightlyJob_SweepsConsolidatesChangedYearAndClearsItsMark()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite);
        await UploadYearAsync(h);

        var summary = await h.Get<NightlyConsolidationJob>().RunAsync(None);

        var run = Assert.Single(summary.Runs);
        Assert.Empty(summary.FailedYears);
        Assert.Equal(2023, run.Result.Year);
        Assert.Equal(2m, run.Result.Value("RESEAU.STRUCTURES", "FED"));
        Assert.Equal(2m, run.Result.Value("COLLECTE.RECUES", "FED"));
        Assert.Equal(19m, run.Result.Value("RH.SALARIES", "FED"));
        Assert.Empty(await h.Years.ListChangedAsync(None));

        var reports = await h.Get<IReportStore>().ListAsync(None);
        Assert.Equal(
            [ReportPaths.Latest(2023), ReportPaths.Timestamped(2023, run.Result.ComputedAt)],
            reports.Select(r => r.BlobName));
        var stored = await h.Get<IIndicatorStore>().GetAsync(2023, None);
        Assert.Equal(run.Result.Indicators, stored);

        await using var latest = (await h.Get<IReportStore>().OpenLatestAsync(2023, None))!;
        using var copy = new MemoryStream();
        await latest.CopyToAsync(copy);
        using var workbook = new XLWorkbook(copy);
        var indicators = workbook.Worksheet("Indicateurs");
        var row = indicators.RowsUsed().Single(r => r.Cell(1).GetString() == "RH.SALARIES" && r.Cell(2).GetString() == "FED");
        Assert.Equal(19d, row.Cell(4).GetDouble());

        var second = await h.Get<NightlyConsolidationJob>().RunAsync(None);
        Assert.Empty(second.Runs);
        Assert.Equal(0, second.Sweep!.IngestedCount);
    }

    [Fact]
    public async Task UploadAfterConsolidation_MarksTheYearAgainAndNextRunSeesIt()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite);
        await UploadYearAsync(h);
        await h.Get<NightlyConsolidationJob>().RunAsync(None);

        // Blob upload times have a one-second resolution in Azurite: the re-upload must be strictly later to win.
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        await h.UploadCentreAsync("59-LIL-001/activite.xlsx", h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Centre("59-LIL-001", 2023, staff: 20))), T1.AddDays(1));
        var summary = await h.Get<NightlyConsolidationJob>().RunAsync(None);

        Assert.Equal(27m, Assert.Single(summary.Runs).Result.Value("RH.SALARIES", "FED"));
    }

    [Fact]
    public async Task OverlappingRuns_LatestReportAndIndicatorsAreTheNewestComputation()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite);
        await UploadYearAsync(h);
        await h.Sweep.RunAsync(None);
        var older = Service(h, new DateTimeOffset(2024, 3, 1, 2, 0, 0, TimeSpan.Zero));
        var newer = Service(h, new DateTimeOffset(2024, 3, 1, 2, 0, 5, TimeSpan.Zero));

        // The newer run finishes first, then the older one: the older must not replace the newer.
        var newerRun = await newer.RunAsync(2023, None);
        var olderRun = await older.RunAsync(2023, None);
        await Task.WhenAll(older.RunAsync(2023, None), newer.RunAsync(2023, None));

        var latest = (await h.Get<IReportStore>().ListAsync(None)).Single(r => r.IsLatest);
        var properties = await h.Storage.Reports.GetBlobClient(latest.BlobName).GetPropertiesAsync();
        Assert.Equal(newerRun.Result.ComputedAt, DateTimeOffset.Parse(properties.Value.Metadata["computedutc"], CultureInfo.InvariantCulture));
        Assert.NotEqual(olderRun.Result.ComputedAt, newerRun.Result.ComputedAt);
        Assert.Equal(
            [ReportPaths.Latest(2023), ReportPaths.Timestamped(2023, newerRun.Result.ComputedAt), ReportPaths.Timestamped(2023, olderRun.Result.ComputedAt)],
            (await h.Get<IReportStore>().ListAsync(None)).Select(r => r.BlobName));
        Assert.Equal(newerRun.Result.Indicators, await h.Get<IIndicatorStore>().GetAsync(2023, None));
    }

    private static ConsolidationService Service(IngestionHarness h, DateTimeOffset now) => new(
        h.Input,
        h.Get<IIndicatorCalculator>(),
        h.Get<IConsolidatedWorkbookWriter>(),
        h.Get<IReportStore>(),
        h.Get<IIndicatorStore>(),
        h.Get<YearChangeTracker>(),
        new FixedTimeProvider(now),
        NullLogger<ConsolidationService>.Instance);
}
