using ClosedXML.Excel;
using FederationFunctions.IntegrationTests.Infrastructure;
using FederationFunctions.IntegrationTests.Web;
using FederationFunctions.Web.Consolidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FederationFunctions.IntegrationTests.Browser;

/// <summary>The pages in a real Chromium against <c>federation host --http</c>'s server on Azurite, as a centre and staff use them.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class PageFlowTests(AzuriteFixture azurite)
{
    private const string Code = WebTestHost.RejectedCode;

    [Fact]
    public async Task CentreFixesItsFile_ThenStaffSeeItReceivedExportTheListAndOpenTheReport()
    {
        await using var host = await WebTestHost.StartAsync(azurite);
        await host.SeedAsync(Code);
        var missing = WebTestHost.Sample.Reference.Structures
            .Where(s => s.IsMember && !WebTestHost.Sample.Files.Any(f => f.StructureCode == s.Code))
            .Select(s => s.Code)
            .First();
        await using var browser = await BrowserSession.StartAsync(host.Address);
        var page = browser.Page;

        await page.GotoAsync(host.CentrePath(Code));
        await Assertions.Expect(page.Locator(".badge")).ToHaveTextAsync("Pas encore envoyé");
        await browser.ScreenshotsAsync("centre-1-avant-depot");

        await page.Locator("#fichier").SetInputFilesAsync(browser.WriteFile("activite-2025.xlsx", WebTestHost.RejectedWorkbook));
        await page.GetByRole(AriaRole.Button, new() { Name = "Déposer le fichier" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Résultat de votre dépôt" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".badge")).ToHaveTextAsync("Rejeté");
        await Assertions.Expect(page.Locator(".issues li").First).ToContainTextAsync("« douze » n'est pas un nombre entier");
        await Assertions.Expect(page.Locator(".issues li").First).ToContainTextAsync("feuille « Formations », ligne 2, colonne D (Salariés formés)");
        await browser.ScreenshotsAsync("centre-2-rejete");

        var feedback = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Télécharger le rapport de retour (classeur Excel)" }).ClickAsync());
        Assert.EndsWith("activite-2025.xlsx.retour.xlsx", feedback.SuggestedFilename, StringComparison.Ordinal);
        using (var workbook = new XLWorkbook(System.IO.File.OpenRead(await feedback.PathAsync())))
        {
            Assert.Contains(workbook.Worksheets, w => w.Name == "Problèmes");
        }

        await page.Locator("#fichier").SetInputFilesAsync(browser.WriteFile("activite-2025-corrige.xlsx", WebTestHost.CorrectedWorkbook));
        await page.GetByRole(AriaRole.Button, new() { Name = "Déposer le fichier" }).ClickAsync();
        await Assertions.Expect(page.Locator(".badge")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Accepté"));
        await Assertions.Expect(page.Locator(".status")).ToContainTextAsync("activite-2025-corrige.xlsx");
        await Assertions.Expect(page.Locator(".history li")).ToHaveCountAsync(2);
        await browser.ScreenshotsAsync("centre-3-accepte");

        await page.GotoAsync("/suivi");
        await page.GetByRole(AriaRole.Link, new() { Name = "Collecte 2025" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Suivi de la collecte 2025" })).ToBeVisibleAsync();
        var followUp = page.Locator(".follow-up");
        await Assertions.Expect(followUp).Not.ToContainTextAsync(Code);
        await Assertions.Expect(followUp).ToContainTextAsync(missing);
        await Assertions.Expect(followUp.Locator("li", new() { HasText = missing })).ToContainTextAsync("Manquante");

        var export = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Exporter la liste avec les liens de dépôt (CSV pour Excel)" }).ClickAsync());
        Assert.Equal("relances-2025.csv", export.SuggestedFilename);
        var csv = await System.IO.File.ReadAllTextAsync(await export.PathAsync() ?? throw new InvalidOperationException("no download"));
        Assert.Contains(missing + ";", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(Code + ";", csv, StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Consolider 2025 maintenant" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Consolidation 2025 lancée" })).ToBeVisibleAsync();
        await browser.ScreenshotsAsync("suivi-3-consolidation-lancee");
        await host.Services.GetRequiredService<ConsolidationRunner>().WaitAsync(2025);
        await page.GetByRole(AriaRole.Link, new() { Name = "Retour au suivi de l'année 2025" }).ClickAsync();
        await browser.ScreenshotsAsync("suivi-2-annee");

        var report = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Télécharger le rapport consolidé 2025 (Excel)" }).ClickAsync());
        Assert.Equal("consolidation-2025.xlsx", report.SuggestedFilename);
        using var consolidated = new XLWorkbook(System.IO.File.OpenRead(await report.PathAsync()));
        var completeness = consolidated.Worksheet("Complétude");
        var row = completeness.RowsUsed().First(r => r.Cells().Any(c => c.GetString() == Code));
        Assert.Contains(row.Cells(), c => c.GetString().StartsWith("Reçue", StringComparison.Ordinal));

        await page.GotoAsync("/suivi");
        await browser.ScreenshotsAsync("suivi-1-annees");
        Assert.Empty(browser.Dialogs);
    }

    [Fact]
    public async Task CentreFlow_WithTheKeyboardOnly()
    {
        await using var host = await WebTestHost.StartAsync(azurite);
        await host.SeedAsync(Code);
        await using var browser = await BrowserSession.StartAsync(host.Address);
        var page = browser.Page;
        await page.GotoAsync(host.CentrePath(Code));

        // Focus order: skip link, template link, file field, submit button.
        Assert.Equal("Aller au contenu", await TabAsync(page));
        Assert.Equal("Télécharger votre classeur 2025 pré-rempli (Excel)", await TabAsync(page));
        Assert.Equal("fichier", await TabAsync(page, "id"));
        await DropByKeyboardAsync(page, browser.WriteFile("activite-2025.xlsx", WebTestHost.RejectedWorkbook));
        await Assertions.Expect(page.Locator(".badge")).ToHaveTextAsync("Rejeté");
        await Assertions.Expect(page.Locator(".issues")).ToContainTextAsync("« douze »");

        // The page comes back at its result (#resultat): the next Tab reaches the result's feedback link, and the form is just before it.
        Assert.Equal("Télécharger le rapport de retour (classeur Excel)", await TabAsync(page));
        Assert.Equal("Déposer le fichier", await TabAsync(page, shift: true));
        Assert.Equal("fichier", await TabAsync(page, "id", shift: true));
        await DropByKeyboardAsync(page, browser.WriteFile("activite-2025-corrige.xlsx", WebTestHost.CorrectedWorkbook));
        await Assertions.Expect(page.Locator(".badge")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Accepté"));
        Assert.Equal("Télécharger le rapport de retour (classeur Excel)", await TabAsync(page));
    }


    private static async Task DropByKeyboardAsync(IPage page, string file)
    {
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.Keyboard.PressAsync("Space"));
        await chooser.SetFilesAsync(file);
        Assert.Equal("Déposer le fichier", await TabAsync(page));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForLoadStateAsync(LoadState.Load);
    }

    /// <summary>Presses Tab and returns the focused element's accessible text (or the attribute asked for).</summary>
    private static async Task<string?> TabAsync(IPage page, string? attribute = null, bool shift = false)
    {
        await page.Keyboard.PressAsync(shift ? "Shift+Tab" : "Tab");
        return attribute is null
            ? await page.EvaluateAsync<string?>("() => document.activeElement ? document.activeElement.textContent.trim().replace(/\\s+/g, ' ') : null")
            : await page.EvaluateAsync<string?>($"() => document.activeElement ? document.activeElement.getAttribute('{attribute}') : null");
    }

}
