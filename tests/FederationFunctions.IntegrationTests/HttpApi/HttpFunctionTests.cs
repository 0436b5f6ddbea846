using System.Net;
using ClosedXML.Excel;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Templates;
using FederationFunctions.Functions;
using FederationFunctions.IntegrationTests.Infrastructure;

namespace FederationFunctions.IntegrationTests.HttpApi;

/// <summary>The HTTP functions called as the host would call them, over the real registration on Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class HttpFunctionTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset T1 = new(2024, 2, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    private static async Task<IngestionHarness> YearAsync(AzuriteFixture azurite)
    {
        var h = await IngestionHarness.CreateAsync(azurite);
        await h.UploadReferenceAsync("2023/referentiel.xlsx", h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Reference(2023))), T1);
        await h.UploadCentreAsync("59-LIL-001/activite.xlsx", h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Centre("59-LIL-001", 2023))), T1);
        await h.UploadCentreAsync("59-LIL-003/activite.xlsx", h.Checker.Register(TestWorkbooks.RejectedCentre() with { DeclaredYear = 2023 }), T1);
        await h.Sweep.RunAsync(None);
        return h;
    }

    [Fact]
    public async Task RunConsolidation_ThenListAndDownload_GiveTheYearsReport()
    {
        await using var h = await YearAsync(azurite);

        var run = await new RunConsolidation(h.Get<ConsolidationService>()).RunAsync(TestHttp.Request("POST", "consolidations/2023"), 2023, None);
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        using (var summary = await TestHttp.JsonAsync(run))
        {
            Assert.Equal(2023, summary.RootElement.GetProperty("year").GetInt32());
            Assert.Equal(2m, summary.RootElement.GetProperty("members").GetDecimal());
            Assert.Equal(1m, summary.RootElement.GetProperty("received").GetDecimal());
            Assert.Equal("2023/consolidation-2023.xlsx", summary.RootElement.GetProperty("latestReportBlobName").GetString());
        }

        var list = await new ListReports(h.Get<IReportStore>()).RunAsync(TestHttp.Request("GET", "reports"), None);
        using (var years = await TestHttp.JsonAsync(list))
        {
            var year = Assert.Single(years.RootElement.EnumerateArray());
            Assert.Equal(2023, year.GetProperty("year").GetInt32());
            Assert.Equal(2, year.GetProperty("reports").GetArrayLength());
        }

        var download = await new DownloadReport(h.Get<IReportStore>()).RunAsync(TestHttp.Request("GET", "reports/2023"), 2023, None);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Contains("consolidation-2023.xlsx", download.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
        download.Body.Position = 0;
        using var workbook = new XLWorkbook(download.Body);
        Assert.Equal("Indicateurs", workbook.Worksheets.Last().Name);

        var missing = await new DownloadReport(h.Get<IReportStore>()).RunAsync(TestHttp.Request("GET", "reports/2019"), 2019, None);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task GetCollectionStatus_GivesEachMembersStatus()
    {
        await using var h = await YearAsync(azurite);

        var response = await new GetCollectionStatus(h.Get<CollectionStatusQuery>()).RunAsync(TestHttp.Request("GET", "status/2023"), 2023, None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = await TestHttp.JsonAsync(response);
        var root = json.RootElement;
        Assert.True(root.GetProperty("hasReference").GetBoolean());
        Assert.Equal(2, root.GetProperty("expected").GetInt32());
        Assert.Equal(1, root.GetProperty("received").GetInt32());
        Assert.Equal(1, root.GetProperty("rejected").GetInt32());
        Assert.Equal(0, root.GetProperty("missing").GetInt32());
        Assert.Equal(
            [("59-LIL-001", "Reçue"), ("59-LIL-003", "Rejetée")],
            root.GetProperty("structures").EnumerateArray().Select(s => (s.GetProperty("structureCode").GetString(), s.GetProperty("status").GetString())));
    }

    [Fact]
    public async Task GetTemplate_MemberGetsItsWorkbookOthersGetNotFound()
    {
        await using var h = await YearAsync(azurite);
        var function = new GetTemplate(h.Get<CentreTemplateService>());

        var response = await function.RunAsync(TestHttp.Request("GET", "templates/2023/59-lil-001"), 2023, "59-lil-001", None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("remontee-2023-59-LIL-001.xlsx", response.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
        response.Body.Position = 0;
        using var workbook = new XLWorkbook(response.Body);
        Assert.Contains(workbook.Worksheets, w => w.Name == "Structure");
        Assert.Equal(HttpStatusCode.NotFound, (await function.RunAsync(TestHttp.Request("GET", "templates/2023/59-LIL-002"), 2023, "59-LIL-002", None)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await function.RunAsync(TestHttp.Request("GET", "templates/2022/59-LIL-001"), 2022, "59-LIL-001", None)).StatusCode);
    }
}
