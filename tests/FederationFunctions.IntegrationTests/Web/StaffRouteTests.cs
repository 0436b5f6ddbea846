using System.Net;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.IntegrationTests.Infrastructure;
using FederationFunctions.Web.Access;
using FederationFunctions.Web.Consolidation;
using FederationFunctions.Web.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FederationFunctions.IntegrationTests.Web;

/// <summary>The staff routes and the JSON API over HTTP.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StaffRouteTests(AzuriteFixture azurite)
{
    private static readonly string[] StaffGets = ["/suivi", "/suivi/2025", "/suivi/2025/relances.csv", "/suivi/2025/rapport"];
    private static readonly string[] StaffPosts = ["/suivi/2025/consolidation", "/suivi/2025/referentiel"];

    [Fact]
    public async Task AppServicePrincipal_NobodySignedIn401_WithoutTheRole403_WithTheRole200()
    {
        await using var host = await WebTestHost.StartAsync(azurite, services => services.Replace(ServiceDescriptor.Singleton<IStaffAccess, AppServiceStaffAccess>()));

        foreach (var path in StaffGets)
        {
            using var anonymous = await host.Client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
            Assert.Contains("/.auth/login/aad?post_login_redirect_uri=", await anonymous.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            using var centreRole = await SendAsync(host, HttpMethod.Get, path, Principal("Centre.Reader"));
            Assert.Equal(HttpStatusCode.Forbidden, centreRole.StatusCode);
        }

        foreach (var path in StaffPosts)
        {
            using var anonymous = await host.Client.PostAsync(new Uri(path, UriKind.Relative), new StringContent(string.Empty));
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
            using var centreRole = await SendAsync(host, HttpMethod.Post, path, Principal("Centre.Reader"));
            Assert.Equal(HttpStatusCode.Forbidden, centreRole.StatusCode);
        }

        using var garbage = await SendAsync(host, HttpMethod.Get, "/suivi/2025", "not a principal");
        Assert.Equal(HttpStatusCode.Unauthorized, garbage.StatusCode);
        using var staff = await SendAsync(host, HttpMethod.Get, "/suivi/2025", Principal("Federation.Staff"));
        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
    }

    [Fact]
    public async Task LocalHost_FromLoopback_IsStaff()
    {
        await using var host = await WebTestHost.StartAsync(azurite);
        await host.SeedAsync(WebTestHost.RejectedCode);

        using var years = await host.Client.GetAsync(new Uri("/suivi", UriKind.Relative));
        using var year = await host.Client.GetAsync(new Uri("/suivi/2025", UriKind.Relative));
        using var jump = await host.Client.GetAsync(new Uri("/suivi?annee=2024", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, years.StatusCode);
        Assert.Contains("href=\"/suivi/2025\"", await years.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, year.StatusCode);
        var html = await year.Content.ReadAsStringAsync();
        Assert.Contains("Par département", html, StringComparison.Ordinal);
        Assert.Contains("Par territoire", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"bar\"", html, StringComparison.Ordinal);
        Assert.Contains(WebTestHost.RejectedCode, html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, jump.StatusCode);
        Assert.Equal("/suivi/2024", jump.Headers.Location!.ToString());
    }

    [Fact]
    public async Task FollowUpCsv_IsUtf8WithBomSemicolonsAndEachStructuresLink()
    {
        await using var host = await WebTestHost.StartAsync(azurite);
        await host.StoreAndIngestAsync("reference", "2025/referentiel-2025.xlsx", WebTestHost.ReferenceWithContact(WebTestHost.RejectedCode, "Camille Martin", "camille@example.org", "+33 3 20 00 00 00"));
        await host.SeedCentresAsync(WebTestHost.RejectedCode);

        using var response = await host.Client.GetAsync(new Uri("/suivi/2025/relances.csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("relances-2025.csv", response.Content.Headers.ContentDisposition!.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Code;Structure;Territoire;Département;Statut;Motif du dernier rejet;Contact;Courriel;Téléphone;Lien de dépôt", lines[0]);
        var missing = Assert.Single(lines, l => l.StartsWith(WebTestHost.RejectedCode + ";", StringComparison.Ordinal));
        Assert.Contains(";Manquante;;Camille Martin;camille@example.org;+33 3 20 00 00 00;", missing, StringComparison.Ordinal);
        Assert.EndsWith(host.Address + host.CentrePath(WebTestHost.RejectedCode)[1..], missing, StringComparison.Ordinal);
        var rejected = Assert.Single(lines, l => l.StartsWith("59-ROU-003;", StringComparison.Ordinal));
        Assert.Contains(";Rejetée;", rejected, StringComparison.Ordinal);
        Assert.Contains("Type de rencontre", rejected, StringComparison.Ordinal);

        var page = await (await host.Client.GetAsync(new Uri("/suivi/2025", UriKind.Relative))).Content.ReadAsStringAsync();
        Assert.Contains("<a href=\"mailto:camille@example.org\" class=\"text\">camille@example.org</a>", page, StringComparison.Ordinal);

        // The exported link opens the structure's page.
        using var linked = await host.Client.GetAsync(new Uri(missing.Split(';')[^1]));
        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
    }

    [Fact]
    public async Task ConsolidationButton_Accepted202_Conflict409WhileOneRuns_ThenReportDownloads()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await WebTestHost.StartAsync(azurite, services =>
        {
            var inner = services.Single(d => d.ServiceType == typeof(IIndicatorStore));
            services.Remove(inner);
            services.AddSingleton<IIndicatorStore>(sp => new GatedIndicatorStore((IIndicatorStore)inner.ImplementationFactory!(sp), gate.Task));
        });
        await host.SeedAsync();
        var (_, field, token) = await host.GetFormAsync("/suivi/2025");
        using var form = new FormUrlEncodedContent([new(field, token)]);

        using var first = await host.Client.PostAsync(new Uri("/suivi/2025/consolidation", UriKind.Relative), form);
        using var second = await host.Client.PostAsync(new Uri("/suivi/2025/consolidation", UriKind.Relative), form);
        using var api = await host.Client.PostAsync(new Uri("/api/consolidations/2025", UriKind.Relative), null);
        var runningPage = await (await host.Client.GetAsync(new Uri("/suivi/2025", UriKind.Relative))).Content.ReadAsStringAsync();
        gate.SetResult();
        await host.Services.GetRequiredService<ConsolidationRunner>().WaitAsync(2025);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Contains("Consolidation 2025 lancée", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
        Assert.Contains("est en cours", runningPage, StringComparison.Ordinal);

        using var withoutToken = await host.Client.PostAsync(new Uri("/suivi/2025/consolidation", UriKind.Relative), new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);

        foreach (var path in new[] { "/suivi/2025/rapport", "/api/reports/2025" })
        {
            using var report = await host.Client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, report.StatusCode);
            Assert.Equal(Downloads.XlsxContentType, report.Content.Headers.ContentType!.MediaType);
            Assert.Equal("consolidation-2025.xlsx", report.Content.Headers.ContentDisposition!.FileName);
            using (var workbook = new XLWorkbook(new MemoryStream(await report.Content.ReadAsByteArrayAsync())))
            {
                Assert.Contains(workbook.Worksheets, w => w.Name == "Complétude");
            }

            await CentreRouteTests.AssertNotModifiedAsync(host, path, report.Headers.ETag!);
        }

        using var again = await host.Client.PostAsync(new Uri("/api/consolidations/2025", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        using var summary = JsonDocument.Parse(await again.Content.ReadAsStringAsync());
        Assert.Equal(2025, summary.RootElement.GetProperty("year").GetInt32());
        var yearPage = await (await host.Client.GetAsync(new Uri("/suivi/2025", UriKind.Relative))).Content.ReadAsStringAsync();
        Assert.Contains("Dernier calcul :", yearPage, StringComparison.Ordinal);
        Assert.Contains("href=\"/suivi/2025/rapport\"", yearPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReferenceForm_StoresIngestsAndShowsTheFeedback()
    {
        await using var host = await WebTestHost.StartAsync(azurite);
        var (_, field, token) = await host.GetFormAsync("/suivi/2025");

        using var response = await host.PostFileAsync("/suivi/2025/referentiel", (field, token), "referentiel-2025.xlsx", WebTestHost.Sample.Files.Single(f => f.Container == "reference").Content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Référentiel « referentiel-2025.xlsx » déposé : Acceptée", html, StringComparison.Ordinal);
        Assert.Contains("Résultat du dernier dépôt du référentiel", html, StringComparison.Ordinal);
        Assert.True(await host.Storage.Reference.GetBlobClient("2025/referentiel-2025.xlsx").ExistsAsync());
        Assert.Contains("<dt>Attendues</dt><dd>19</dd>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonApi_ListsReportsGivesStatusAndTemplates()
    {
        await using var host = await WebTestHost.StartAsync(azurite);
        await host.SeedAsync();

        using var status = await host.Client.GetAsync(new Uri("/api/status/2025", UriKind.Relative));
        using var template = await host.Client.GetAsync(new Uri("/api/templates/2025/59-LIL-001", UriKind.Relative));
        using var unknown = await host.Client.GetAsync(new Uri("/api/templates/2025/59-ZZZ-999", UriKind.Relative));
        using var noReport = await host.Client.GetAsync(new Uri("/api/reports/2024", UriKind.Relative));
        using var list = await host.Client.GetAsync(new Uri("/api/reports", UriKind.Relative));

        Assert.Equal("application/json", status.Content.Headers.ContentType!.MediaType);
        using (var json = JsonDocument.Parse(await status.Content.ReadAsStringAsync()))
        {
            Assert.Equal(19, json.RootElement.GetProperty("expected").GetInt32());
        }

        Assert.Equal("remontee-2025-59-LIL-001.xlsx", template.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noReport.StatusCode);
        Assert.Equal("[]", await list.Content.ReadAsStringAsync());
    }

    private static string Principal(string role) => Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
    {
        auth_typ = "aad",
        name_typ = "name",
        role_typ = "roles",
        claims = new[] { new { typ = "name", val = "Camille" }, new { typ = "roles", val = role } },
    })));

    private static async Task<HttpResponseMessage> SendAsync(WebTestHost host, HttpMethod method, string path, string principal)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Add(AppServiceStaffAccess.PrincipalHeader, principal);
        return await host.Client.SendAsync(request);
    }

    private sealed class GatedIndicatorStore(IIndicatorStore inner, Task gate) : IIndicatorStore
    {
        public async Task SaveAsync(ConsolidationResult result, CancellationToken cancellationToken)
        {
            await gate.WaitAsync(cancellationToken);
            await inner.SaveAsync(result, cancellationToken);
        }

        public Task<IReadOnlyList<Indicator>> GetAsync(int year, CancellationToken cancellationToken) => inner.GetAsync(year, cancellationToken);
    }
}
