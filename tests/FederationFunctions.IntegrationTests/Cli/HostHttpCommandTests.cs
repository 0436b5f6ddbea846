using System.Net;
using System.Text.RegularExpressions;
using FederationFunctions.IntegrationTests.Infrastructure;

namespace FederationFunctions.IntegrationTests.Cli;

/// <summary><c>federation host --http</c> run in-process as a person runs it.</summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class HostHttpCommandTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task HostWithHttp_SaysOnItsFirstLineWhereThePagesAreAndThatTheCallerIsStaff_ThenServesThem()
    {
        var test = new CliTestContext(azurite.ConnectionString);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var run = FederationFunctions.Cli.FederationCommandLine.RunAsync(test.Context, ["host", "--http", "--port", "0", "--interval", "60"], stop.Token);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!test.Out.ToString().Contains("Ctrl-C", StringComparison.Ordinal) && DateTime.UtcNow < deadline && !run.IsCompleted)
        {
            await Task.Delay(100);
        }

        var lines = test.Out.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var first = Assert.Single(lines, l => l.StartsWith("Hôte local", StringComparison.Ordinal));
        Assert.Equal(first, lines[0]);
        Assert.Contains("sur cette machine seulement (127.0.0.1)", first, StringComparison.Ordinal);
        Assert.Contains("traité comme membre de l'équipe de la fédération", first, StringComparison.Ordinal);
        Assert.Contains("un secret a été tiré pour cette session", lines[1], StringComparison.Ordinal);
        var address = new Uri(PagesAddress().Match(first).Value);
        Assert.Equal("127.0.0.1", address.Host);

        using var client = new HttpClient();
        using var page = await client.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Suivi de la collecte", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await stop.CancelAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:[0-9]+/suivi")]
    private static partial Regex PagesAddress();
}
