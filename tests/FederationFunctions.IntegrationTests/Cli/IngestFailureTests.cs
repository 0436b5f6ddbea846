using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using FederationFunctions.IntegrationTests.Infrastructure;

namespace FederationFunctions.IntegrationTests.Cli;

/// <summary>
/// <c>federation ingest</c> when one upload cannot be read this time (issue 9): the others are ingested, the failed one is
/// named in French on the error output, the exit code is 1; once it can be read, the next run records it and exits 0.
/// The failure is a real storage condition, not a hook: the blob is in the Archive tier, so every download of it is
/// refused (409 BlobArchived, treated as transient) until it is moved back to the Hot tier.
/// </summary>
[Collection(AzuriteCollection.Name)]
public class IngestFailureTests(AzuriteFixture azurite)
{
    private const string Readable1 = "59-LIL-001/activite-2023.xlsx";
    private const string Unreadable = "59-LIL-002/activite-2023.xlsx";
    private const string Readable3 = "59-LIL-003/activite-2023.xlsx";

    [Fact]
    public async Task Ingest_OneUploadCannotBeDownloaded_NamesItInFrenchAndExitsOne()
    {
        var test = new CliTestContext(azurite.ConnectionString);
        var uploads = await UploadThreeAsync(test);
        await uploads.GetBlobClient(Unreadable).SetAccessTierAsync(AccessTier.Archive);

        var exit = await test.RunAsync("ingest");

        var error = test.Error.ToString();
        Assert.True(exit == 1, $"exit {exit}{Environment.NewLine}{test.Out}{error}");
        Assert.Contains("1 fichier(s) non intégré(s), réessayé(s) au prochain balayage :", error, StringComparison.Ordinal);
        var failureLine = Assert.Single(error.Split(Environment.NewLine), l => l.Contains(Unreadable, StringComparison.Ordinal));
        Assert.Contains("le stockage a refusé", failureLine, StringComparison.Ordinal);
        Assert.DoesNotContain(Readable1, error, StringComparison.Ordinal);
        Assert.DoesNotContain(Readable3, error, StringComparison.Ordinal);
        // No exception text from the SDK (English) reaches the staff member.
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        Assert.DoesNotContain("operation is not permitted", error, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Classeurs de centre au registre : 2 —", test.Out.ToString(), StringComparison.Ordinal);
        Assert.Contains("1 fichier(s) non intégré(s) cette fois : relancez « federation ingest ».", test.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_FailedUploadReadableAgain_RecordsEveryUploadAndExitsZero()
    {
        var test = new CliTestContext(azurite.ConnectionString);
        var uploads = await UploadThreeAsync(test);
        var unreadable = uploads.GetBlobClient(Unreadable);
        await unreadable.SetAccessTierAsync(AccessTier.Archive);
        Assert.Equal(1, await test.RunAsync("ingest"));
        await unreadable.SetAccessTierAsync(AccessTier.Hot);
        test.Out.GetStringBuilder().Clear();
        test.Error.GetStringBuilder().Clear();

        var exit = await test.RunAsync("ingest");

        Assert.True(exit == 0, $"exit {exit}{Environment.NewLine}{test.Out}{test.Error}");
        Assert.Equal(string.Empty, test.Error.ToString());
        Assert.Contains("Classeurs de centre au registre : 3 — acceptés : 3,", test.Out.ToString(), StringComparison.Ordinal);
    }

    private async Task<BlobContainerClient> UploadThreeAsync(CliTestContext test)
    {
        var uploads = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(test.Container("Uploads"));
        await uploads.CreateIfNotExistsAsync();
        foreach (var blobName in new[] { Readable1, Unreadable, Readable3 })
        {
            var content = new CentreWorkbookFileBuilder { StructureCode = blobName[..10] }
                .Meeting(new DateTime(2023, 3, 14), "AT", 2, 3)
                .Build();
            await uploads.GetBlobClient(blobName).UploadAsync(new BinaryData(content));
        }

        return uploads;
    }
}
