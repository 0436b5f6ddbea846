using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace FederationFunctions.IntegrationTests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright for .NET (<c>ExecutablePath</c>: no browser download), one page at a time, with the
/// screenshots written to <c>out/screenshots/</c> at the repository root and an axe audit helper.
/// </summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BrowserSession(IPlaywright playwright, IBrowser browser, IBrowserContext context, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Context = context;
        Page = page;
        page.Dialog += (_, dialog) =>
        {
            Dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
    }

    private readonly string _files = Directory.CreateTempSubdirectory("federation-browser-").FullName;

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>Every alert/confirm/prompt a page opened (a script from an upload that ran would open one).</summary>
    public List<string> Dialogs { get; } = [];

    public static async Task<BrowserSession> StartAsync(Uri baseAddress, int width = 1280)
    {
        Assert.True(File.Exists(ChromiumPath), "Chromium is missing: scripts/test.sh installs Debian's chromium package with apt-get.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            Locale = "fr-FR",
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        return new BrowserSession(playwright, browser, context, page);
    }

    public static string ScreenshotDirectory
    {
        get
        {
            var directory = Path.Combine(RepositoryRoot(), "out", "screenshots");
            Directory.CreateDirectory(directory);
            return directory;
        }
    }

    /// <summary>Full-page screenshots of the current page at 1280 px and 360 px wide.</summary>
    public async Task ScreenshotsAsync(string name)
    {
        foreach (var width in new[] { 1280, 360 })
        {
            await Page.SetViewportSizeAsync(width, 900);
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, $"{name}-{width}.png"), FullPage = true });
            if (width == 360)
            {
                var overflow = await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
                Assert.False(overflow, $"{name} scrolls sideways at 360 px");
            }
        }

        await Page.SetViewportSizeAsync(1280, 900);
    }

    /// <summary>The axe audit of the current page: the serious and critical violations, described.</summary>
    public async Task<IReadOnlyList<string>> SeriousViolationsAsync()
    {
        AxeResult result = await Page.RunAxe();
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Select(n => n.Html))}")
            .ToList();
    }

    /// <summary>Writes a file to give to a file field, under its own name.</summary>
    public string WriteFile(string name, byte[] content)
    {
        var directory = Path.Combine(_files, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        Directory.Delete(_files, recursive: true);
        await Context.DisposeAsync();
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FederationFunctions.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("FederationFunctions.sln not found above " + AppContext.BaseDirectory);
    }
}
