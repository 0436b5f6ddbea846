using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Reports;
using FederationFunctions.IntegrationTests.Cli;
using FederationFunctions.IntegrationTests.Infrastructure;

namespace FederationFunctions.IntegrationTests.Consolidation;

/// <summary>A year with no accepted reference is not consolidated: refused on demand, skipped by the nightly job, nothing written.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ConsolidationWithoutReferenceTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset T1 = new(2024, 2, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task TryRun_NoReference_RefusedAndNothingWritten()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite);
        await h.Ingestion.IngestAsync(
            await h.UploadCentreAsync("59-LIL-001/activite.xlsx", h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Centre("59-LIL-001", 2023))), T1), None);

        var attempt = await h.Get<ConsolidationService>().TryRunAsync(2023, None);

        Assert.True(attempt.Refused);
        Assert.Contains("aucun référentiel fédéral accepté pour l'année 2023", attempt.Refusal, StringComparison.Ordinal);
        Assert.Empty(await h.Get<IReportStore>().ListAsync(None));
        Assert.Empty(await h.Get<IIndicatorStore>().GetAsync(2023, None));
        Assert.Equal([2023], (await h.Years.ListChangedAsync(None)).Select(c => c.Year));
    }

    [Fact]
    public async Task NightlyJob_YearWithoutReference_SkippedAndStillMarked()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite);
        await h.UploadCentreAsync("59-LIL-001/activite.xlsx", h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Centre("59-LIL-001", 2023))), T1);

        var summary = await h.Get<NightlyConsolidationJob>().RunAsync(None);

        Assert.Empty(summary.Runs);
        Assert.Empty(summary.FailedYears);
        Assert.Equal([2023], summary.SkippedYears);
        Assert.Empty(await h.Get<IReportStore>().ListAsync(None));
        Assert.Equal([2023], (await h.Years.ListChangedAsync(None)).Select(c => c.Year));
    }

    [Fact]
    public async Task ConsolidateCommand_NoReference_ExitsOneInFrenchAndWritesNothing()
    {
        var test = new CliTestContext(azurite.ConnectionString);
        var output = Path.Combine(Path.GetTempPath(), "consolidation-" + Guid.NewGuid().ToString("N") + ".xlsx");

        var exit = await test.RunAsync("consolidate", "--year", "2031", "--out", output);

        Assert.Equal(1, exit);
        Assert.Contains("Consolidation 2031 refusée : aucun référentiel fédéral accepté pour l'année 2031", test.Error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.DoesNotContain("Rapport", test.Out.ToString(), StringComparison.Ordinal);
    }
}
