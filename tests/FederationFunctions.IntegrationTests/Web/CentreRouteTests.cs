using System.Net;
using FederationFunctions.Core.Ingestion;
using FederationFunctions.Core.Validation;
using FederationFunctions.IntegrationTests.Infrastructure;
using FederationFunctions.Web.Http;
using Microsoft.Extensions.DependencyInjection;

namespace FederationFunctions.IntegrationTests.Web;

/// <summary>A centre's routes over HTTP (the shared handlers on the local host's Kestrel, Azurite, the real checker).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class CentreRouteTests(AzuriteFixture azurite)
{
    private const string Code = WebTestHost.RejectedCode;

    [Fact]
    public async Task PageWithItsToken_ShowsNameDeadlineStatusAndForm()
    {
        await using var host = await WebTestHost.StartAsync(azurite);
        await host.SeedAsync(Code);

        using var response = await host.Client.GetAsync(new Uri(host.CentrePath(Code), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        var html = await response.Content.ReadAsStringAsync();
        var name = WebTestHost.Sample.Reference.Structures.Single(s => s.Code == Code).Name;
        Assert.Contains(System.Net.WebUtility.HtmlEncode(name).Replace("&#39;", "&#x27;", StringComparison.Ordinal), html, StringComparison.Ordinal);
        Assert.Contains("31 mars 2026", html, StringComparison.Ordinal);
        Assert.Contains("Pas encore envoyé", html, StringComparison.Ordinal);
        Assert.Contains("name=\"fichier\"", html, StringComparison.Ordinal);
        Assert.Contains("enctype=\"multipart/form-data\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?cle=")]
    [InlineData("?cle=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("?cle=not-base64!")]
    public async Task WrongOrMissingToken_IsNotFoundOnEveryCentreRoute(string query)
    {
        await using var host = await WebTestHost.StartAsync(azurite);
        await host.SeedAsync(Code);
        var otherYearsToken = host.CentrePath(Code, 2024).Split('?')[1];
        foreach (var path in new[] { $"/depot/{Code}/2025", $"/depot/{Code}/2025/modele", $"/depot/{Code}/2025/retours/x", $"/depot/59-ZZZ-999/2025" })
        {
            foreach (var suffix in new[] { query, "?" + otherYearsToken })
            {
                using var response = await host.Client.GetAsync(new Uri(path + suffix, UriKind.Relative));
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                Assert.Contains("Page introuvable", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        using var post = await host.PostFileAsync($"/depot/{Code}/2025{query}", null, "a.xlsx", WebTestHost.RejectedWorkbook);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.DoesNotContain(await host.UploadBlobNamesAsync(), n => n.StartsWith(Code + "/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DropWithErrors_ShowsEveryProblem_ThenCorrectedFileIsAccepted()
    {
        await using var host = await WebTestHost.StartAsync(azurite);
        await host.SeedAsync(Code);
        var path = host.CentrePath(Code);
        var (_, field, token) = await host.GetFormAsync(path);

        using (var rejected = await host.PostFileAsync(path, (field, token), "activite-2025.xlsx", WebTestHost.RejectedWorkbook))
        {
            Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
            var html = await rejected.Content.ReadAsStringAsync();
            Assert.Contains("Résultat de votre dépôt", html, StringComparison.Ordinal);
            Assert.Contains("Rejetée", html, StringComparison.Ordinal);
            Assert.Contains("feuille « Formations », ligne 2, colonne D (Salariés formés)", html, StringComparison.Ordinal);
            Assert.Contains("Valeur lue : « <span class=\"text\">douze</span> »", html, StringComparison.Ordinal);
            Assert.Contains("/retours/", html, StringComparison.Ordinal);
        }

        Assert.Contains($"{Code}/activite-2025.xlsx", await host.UploadBlobNamesAsync());
        (_, field, token) = await host.GetFormAsync(path);
        using (var accepted = await host.PostFileAsync(path, (field, token), "activite-2025-corrige.xlsx", WebTestHost.CorrectedWorkbook))
        {
            var html = await accepted.Content.ReadAsStringAsync();
            Assert.Contains("Le fichier pris en compte est « <span class=\"text\">activite-2025-corrige.xlsx</span> »", html, StringComparison.Ordinal);
            Assert.Matches("<p class=\"badge\">Accepté( avec avertissements)?</p>", html);
        }

        // The blob trigger (here the sweep) later finds both uploads recorded: nothing is ingested twice.
        var summary = await host.Services.GetService<ReconciliationSweep>()!.RunAsync(CancellationToken.None);
        Assert.Equal(0, summary.IngestedCount);
    }

    [Fact]
    public async Task DropWithoutAntiforgeryToken_IsRefusedAndNothingIsStored()
    {
        await using var host = await WebTestHost.StartAsync(azurite);
        await host.SeedAsync(Code);
        var path = host.CentrePath(Code);
        var (_, field, _) = await host.GetFormAsync(path);

        using var missing = await host.PostFileAsync(path, null, "a.xlsx", WebTestHost.RejectedWorkbook);
        using var forged = await host.PostFileAsync(path, (field, "forged"), "a.xlsx", WebTestHost.RejectedWorkbook);

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("Le formulaire a expiré", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(await host.UploadBlobNamesAsync(), n => n.StartsWith(Code + "/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FileOverTenMegabytes_IsRefusedBeforeBeingStored()
    {
        await using var host = await WebTestHost.StartAsync(azurite);
        await host.SeedAsync(Code);
        var path = host.CentrePath(Code);
        var (_, field, token) = await host.GetFormAsync(path);

        using var response = await host.PostFileAsync(path, (field, token), "enorme.xlsx", new byte[(10 * 1024 * 1024) + 1]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Le fichier dépasse 10 Mo", html, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(await host.UploadBlobNamesAsync(), n => n.StartsWith(Code + "/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DropWithoutAFile_ShowsAnErrorSummary()
    {
        await using var host = await WebTestHost.StartAsync(azurite);
        await host.SeedAsync(Code);
        var path = host.CentrePath(Code);
        var (_, field, token) = await host.GetFormAsync(path);
        using var form = new MultipartFormDataContent { { new StringContent(token), field } };

        using var response = await host.Client.PostAsync(new Uri(path, UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Choisissez le fichier à déposer", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TemplateAndFeedbackDownloads_HaveReadableNamesAndETags()
    {
        await using var host = await WebTestHost.StartAsync(azurite);
        await host.SeedAsync();
        var query = host.CentrePath(Code).Split('?')[1];

        using var template = await host.Client.GetAsync(new Uri($"/depot/{Code}/2025/modele?{query}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        Assert.Equal(Downloads.XlsxContentType, template.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"remontee-2025-{Code}.xlsx", template.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal("attachment", template.Content.Headers.ContentDisposition.DispositionType);
        await AssertNotModifiedAsync(host, $"/depot/{Code}/2025/modele?{query}", template.Headers.ETag!);

        var ledger = await host.Services.GetService<UploadLedger>()!.ListFolderAsync(host.Storage.Options.UploadsContainer, Code, CancellationToken.None);
        var entry = Assert.Single(ledger);
        Assert.Equal(UploadOutcome.Rejetee, entry.Outcome);
        var feedbackPath = $"/depot/{Code}/2025/retours/{entry.UploadId}?{query}";
        using var feedback = await host.Client.GetAsync(new Uri(feedbackPath, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, feedback.StatusCode);
        Assert.Equal(Path.GetFileName(entry.FeedbackWorkbookPath), feedback.Content.Headers.ContentDisposition!.FileName);
        Assert.EndsWith("activite-2025.xlsx.retour.xlsx", feedback.Content.Headers.ContentDisposition.FileName, StringComparison.Ordinal);
        await AssertNotModifiedAsync(host, feedbackPath, feedback.Headers.ETag!);

        // Another structure's upload is not reachable with this structure's link.
        var otherEntry = (await host.Services.GetService<UploadLedger>()!.ListFolderAsync(host.Storage.Options.UploadsContainer, "59-LIL-001", CancellationToken.None))[0];
        using var other = await host.Client.GetAsync(new Uri($"/depot/{Code}/2025/retours/{otherEntry.UploadId}?{query}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    internal static async Task AssertNotModifiedAsync(WebTestHost host, string path, System.Net.Http.Headers.EntityTagHeaderValue etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.IfNoneMatch.Add(etag);
        using var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }
}
