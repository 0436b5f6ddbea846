using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using FederationFunctions.Cli.Commands;
using FederationFunctions.Cli.Infrastructure;
using FederationFunctions.Samples;
using FederationFunctions.Cli.Hosting;
using FederationFunctions.Core.Validation;
using FederationFunctions.IntegrationTests.Infrastructure;

namespace FederationFunctions.IntegrationTests.Cli;

[Collection(AzuriteCollection.Name)]
public class LocalHostTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task FileUploadedWhileTheHostRuns_GetsItsFeedbackWithinThirtySeconds()
    {
        var test = new CliTestContext(azurite.ConnectionString);
        var sample = SampleYearGenerator.Generate(new SampleYearOptions(2025, 20, 3));
        var file = sample.Files.First(f => f.ExpectedOutcome == UploadOutcome.Acceptee && f.Container == "uploads");
        await using var services = CliServices.Build(test.Context, azurite.ConnectionString);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var host = HostCommand.RunAsync(services, new LocalPipelineLoopOptions(TimeSpan.FromSeconds(1), CronSchedule.Parse("0 0 2 * * *")), stop.Token);

        var blobs = new BlobServiceClient(azurite.ConnectionString);
        var uploads = blobs.GetBlobContainerClient(test.Container("Uploads"));
        await uploads.CreateIfNotExistsAsync();
        await uploads.GetBlobClient(file.BlobName).UploadAsync(new BinaryData(file.Content));

        var feedback = blobs.GetBlobContainerClient(test.Container("Feedback"));
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        string? found = null;
        while (found is null && DateTimeOffset.UtcNow < deadline)
        {
            if (await feedback.ExistsAsync())
            {
                await foreach (var item in feedback.GetBlobsAsync(BlobTraits.None, BlobStates.None, file.StructureCode + "/", CancellationToken.None))
                {
                    if (item.Name.EndsWith(".retour.json", StringComparison.Ordinal))
                    {
                        found = item.Name;
                    }
                }
            }

            if (found is null)
            {
                await Task.Delay(250);
            }
        }

        await stop.CancelAsync();
        await host;
        Assert.NotNull(found);
        var json = (await feedback.GetBlobClient(found).DownloadContentAsync()).Value.Content.ToString();
        Assert.Contains(file.BlobName, json, StringComparison.Ordinal);
    }
}
