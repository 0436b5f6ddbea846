using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using FederationFunctions.Cli.Hosting;
using FederationFunctions.Cli.Infrastructure;
using FederationFunctions.Core.Ingestion;
using FederationFunctions.Core.Storage;
using FederationFunctions.Core.Validation;
using FederationFunctions.Samples;
using FederationFunctions.Web.Links;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FederationFunctions.Benchmarks;

/// <summary>
/// <c>drop</c>: drop-to-feedback on a centre's page, as a director lives it: <c>federation host --http</c>'s server on Azurite, a
/// year of 180 structures with its reference ingested, then one typical accepted workbook per structure posted to its page (the
/// multipart form, with the anti-forgery token of a page fetched before); the time from sending the file to the whole page with
/// the feedback received. Each drop is a structure's first upload, so every one is stored, read, checked, versioned and answered.
/// </summary>
internal sealed partial class DropBenchmark : IBenchmark
{
    private const int Year = 2025;
    private const int WarmUp = 5;
    private const int Iterations = 60;

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        Output.Line(output, "drop benchmark, {0}", Output.MachineLoad());
        await using var azurite = await AzuriteHost.StartAsync(cancellationToken);
        var settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["Federation:Web:LinkSecret"] = "benchmark-secret-0123456789abcdef0123456789",
        };
        var context = new CliContext(TextWriter.Null, TextWriter.Null, false, new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        await using var app = LocalWebServer.Build(context, azurite.ConnectionString, 0, LogLevel.Warning, out _);
        await app.StartAsync(cancellationToken);
        var services = app.Services;
        var storage = services.GetRequiredService<FederationStorage>();
        await storage.EnsureCreatedAsync(cancellationToken);

        var sample = SampleYearGenerator.Generate(new SampleYearOptions(Year, SampleYearOptions.DefaultStructures, SampleYearOptions.DefaultSeed));
        var reference = sample.Files.Single(f => f.Container == "reference");
        await storage.Reference.GetBlobClient(reference.BlobName).UploadAsync(new BinaryData(reference.Content), cancellationToken);
        await services.GetRequiredService<IngestionService>().IngestAsync(storage.Options.ReferenceContainer, reference.BlobName, cancellationToken);
        var drops = sample.Files
            .Where(f => f.Step == 1 && f.StructureCode is not null && f.ExpectedOutcome == UploadOutcome.Acceptee)
            .Take(WarmUp + Iterations)
            .ToList();
        Output.Line(output, "{0} typical accepted workbooks (sample of 180 structures, seed {1}): {2:N0} to {3:N0} bytes, median {4:N0} bytes",
            drops.Count, SampleYearOptions.DefaultSeed, drops.Min(d => d.Content.Length), drops.Max(d => d.Content.Length),
            drops.Select(d => d.Content.Length).Order().ElementAt(drops.Count / 2));

        var links = services.GetRequiredService<CentreLinks>();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), UseCookies = true }) { BaseAddress = LocalWebServer.Address(app) };
        var timings = new List<double>();
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (drop, index) in drops.Select((d, i) => (d, i)))
        {
            var path = "/" + links.PathFor(drop.StructureCode!, Year);
            var page = await client.GetStringAsync(new Uri(path, UriKind.Relative), cancellationToken);
            var field = HiddenField().Match(page);
            using var form = new MultipartFormDataContent { { new StringContent(WebUtility.HtmlDecode(field.Groups[2].Value)), field.Groups[1].Value } };
            var file = new ByteArrayContent(drop.Content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            form.Add(file, "fichier", Path.GetFileName(drop.BlobName));

            var started = Stopwatch.GetTimestamp();
            using var response = await client.PostAsync(new Uri(path, UriKind.Relative), form, cancellationToken);
            var html = await response.Content.ReadAsStringAsync(cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

            var outcome = OutcomeLine().Match(html).Groups[1].Value;
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            if (index >= WarmUp)
            {
                timings.Add(elapsed);
            }
        }

        timings.Sort();
        Output.Line(output, "outcomes shown on the page: {0}", string.Join(", ", outcomes.Select(o => $"{o.Key} × {o.Value}")));
        Output.Line(output, "drop to feedback on screen (POST sent → page with the feedback received), {0} drops after {1} warm-up: median {2:F0} ms, p95 {3:F0} ms, max {4:F0} ms (target p95 < 1,500 ms)",
            timings.Count, WarmUp, timings[timings.Count / 2], timings[(int)Math.Ceiling(timings.Count * 0.95) - 1], timings[^1]);
        await app.StopAsync(cancellationToken);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\"")]
    private static partial Regex HiddenField();

    [GeneratedRegex("<p class=\"outcome\"><strong>([^<]+)</strong>")]
    private static partial Regex OutcomeLine();
}
