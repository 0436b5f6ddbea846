using FederationFunctions.IntegrationTests.Infrastructure;
using FederationFunctions.IntegrationTests.Web;
using FederationFunctions.Web.Consolidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FederationFunctions.IntegrationTests.Browser;

/// <summary>Every page audited with axe in Chromium, and texts from uploads that look like markup shown as text everywhere.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class PageAuditTests(AzuriteFixture azurite)
{
    private const string Code = WebTestHost.RejectedCode;

    [Fact]
    public async Task EveryPage_HasNoSeriousOrCriticalAccessibilityViolation()
    {
        await using var host = await WebTestHost.StartAsync(azurite);
        await host.SeedAsync(Code);
        await using var browser = await BrowserSession.StartAsync(host.Address);
        var page = browser.Page;
        var violations = new List<string>();

        async Task AuditAsync(string name)
        {
            violations.AddRange((await browser.SeriousViolationsAsync()).Select(v => name + ": " + v));
            await browser.ScreenshotsAsync(name);
        }

        await page.GotoAsync(host.CentrePath(Code));
        await AuditAsync("audit-centre-vide");
        await page.GetByRole(AriaRole.Button, new() { Name = "Déposer le fichier" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Choisissez le fichier");
        await Assertions.Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
        await AuditAsync("audit-centre-erreur-formulaire");
        await page.Locator("#fichier").SetInputFilesAsync(browser.WriteFile("activite-2025.xlsx", WebTestHost.RejectedWorkbook));
        await page.GetByRole(AriaRole.Button, new() { Name = "Déposer le fichier" }).ClickAsync();
        await Assertions.Expect(page.Locator(".badge")).ToHaveTextAsync("Rejeté");
        await AuditAsync("audit-centre-rejete");
        await page.GotoAsync("/suivi");
        await AuditAsync("audit-suivi-annees");
        await page.GotoAsync("/suivi/2025");
        await AuditAsync("audit-suivi-annee");
        await page.GetByRole(AriaRole.Button, new() { Name = "Consolider 2025 maintenant" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Consolidation 2025 lancée" })).ToBeVisibleAsync();
        await AuditAsync("audit-consolidation-lancee");
        await host.Services.GetRequiredService<ConsolidationRunner>().WaitAsync(2025);
        await page.GotoAsync($"/depot/{Code}/2025?cle=mauvais");
        await AuditAsync("audit-introuvable");

        Assert.Empty(violations);
    }

    [Fact]
    public async Task UploadTextsThatLookLikeMarkup_AreShownAsTextOnEveryPage()
    {
        const string name = "Centre <script>alert('nom')</script> \"><img src=x onerror=alert('nom')>";
        const string value = "\"><img src=x onerror=alert('valeur')><script>alert('valeur')</script>";
        await using var host = await WebTestHost.StartAsync(azurite);
        await host.StoreAndIngestAsync("reference", "2025/referentiel-2025.xlsx", WebTestHost.ReferenceWithName(Code, name));
        await host.SeedCentresAsync(Code);
        await using var browser = await BrowserSession.StartAsync(host.Address);
        var page = browser.Page;

        await page.GotoAsync(host.CentrePath(Code));
        await AssertShownAsTextAsync(page, name);
        await page.Locator("#fichier").SetInputFilesAsync(browser.WriteFile("activite-2025.xlsx", WebTestHost.Replace(WebTestHost.RejectedWorkbook, "douze", value)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Déposer le fichier" }).ClickAsync();
        await Assertions.Expect(page.Locator(".badge")).ToHaveTextAsync("Rejeté");
        await AssertShownAsTextAsync(page, name, value);
        await browser.ScreenshotsAsync("xss-centre");

        // The follow-up list gives the first error's message, where the checker shortens long values.
        await page.GotoAsync("/suivi/2025");
        await AssertShownAsTextAsync(page, name, value[..40]);
        await browser.ScreenshotsAsync("xss-suivi");
        await page.GotoAsync("/suivi");
        await AssertShownAsTextAsync(page);

        Assert.Empty(browser.Dialogs);
    }


    private static async Task AssertShownAsTextAsync(IPage page, params string[] texts)
    {
        foreach (var text in texts)
        {
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync(text);
        }

        Assert.Equal(0, await page.Locator("main img, main script, main [onerror]").CountAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('script:not([src])').length"));
    }

}
