using FederationFunctions.Cli.Infrastructure;
using FederationFunctions.Core.Ingestion;
using FederationFunctions.Samples;
using FederationFunctions.Core.Validation;
using FederationFunctions.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FederationFunctions.IntegrationTests.Cli;

/// <summary>The steps of <c>./run.sh</c>, in-process against Azurite, on a 30-structure sample.</summary>
[Collection(AzuriteCollection.Name)]
public class MainJobTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task SampleYear_UploadedIngestedAndConsolidated_GivesTheExpectedIndicatorsAndOutcomes()
    {
        var test = new CliTestContext(azurite.ConnectionString);
        var directory = Path.Combine(Path.GetTempPath(), "federation-main-" + Guid.NewGuid().ToString("N"));
        try
        {
            Assert.Equal(0, await test.RunAsync("sample", "--year", "2025", "--structures", "30", "--seed", "42", "--out", directory));
            var manifest = Path.Combine(directory, SampleYear.ManifestFileName);
            Assert.Equal(0, await test.RunAsync("upload", "--manifest", manifest, "--step", "1"));
            Assert.Equal(0, await test.RunAsync("ingest"));
            // Upload times have a one-second resolution: the second wave must be strictly later.
            await Task.Delay(TimeSpan.FromSeconds(1.1));
            Assert.Equal(0, await test.RunAsync("upload", "--manifest", manifest, "--step", "2"));
            Assert.Equal(0, await test.RunAsync("ingest"));
            var report = Path.Combine(directory, "consolidation-2025.xlsx");
            Assert.Equal(0, await test.RunAsync("consolidate", "--year", "2025", "--out", report));

            var expected = await SampleYearGenerator.ReadExpectedIndicatorsAsync(Path.Combine(directory, SampleYear.ExpectedIndicatorsFileName), CancellationToken.None);
            List<string> mismatches;
            await using (var stream = File.OpenRead(report))
            {
                mismatches = SampleIndicatorCheck.Mismatches(expected.Indicators, SampleIndicatorCheck.ReadIndicateursSheet(stream));
            }

            Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches) + Environment.NewLine + test.Out + test.Error);

            await using var services = CliServices.Build(test.Context, azurite.ConnectionString);
            var ledger = services.GetRequiredService<UploadLedger>();
            var entries = await ledger.ListContainerAsync(test.Container("Uploads"), CancellationToken.None);
            var sampleManifest = await SampleYearGenerator.ReadManifestAsync(manifest, CancellationToken.None);
            var wrong = sampleManifest.Uploads
                .Where(u => u.Container == "uploads")
                .Select(u => (u.BlobName, u.ExpectedOutcome, Actual: entries.SingleOrDefault(e => e.BlobName == u.BlobName)?.Outcome.ToFrenchLabel() ?? "absent du registre"))
                .Where(x => x.ExpectedOutcome != x.Actual)
                .Select(x => $"{x.BlobName} : attendu {x.ExpectedOutcome}, obtenu {x.Actual}")
                .ToList();
            Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));

            var feedback = Path.Combine(directory, "retours");
            Assert.Equal(0, await test.RunAsync("feedback", "--out", feedback, "--rejected"));
            var rejected = sampleManifest.Uploads.Where(u => u.ExpectedOutcome == "Rejetée").Select(u => u.BlobName[..u.BlobName.IndexOf('/', StringComparison.Ordinal)]).Order().ToList();
            Assert.Equal(rejected, Directory.GetFiles(feedback, "*.retour.xlsx", SearchOption.AllDirectories).Select(f => Path.GetFileName(Path.GetDirectoryName(f)!)).Order().ToList());
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }
}
