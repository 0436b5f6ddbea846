using Azure.Identity;
using Microsoft.Extensions.Configuration;

namespace FederationFunctions.IntegrationTests.Hosting;

/// <summary>The credential the Functions app reaches storage with (issue 15: no DefaultAzureCredential in Azure).</summary>
public sealed class StorageCredentialTests
{
    [Fact]
    public void ManagedIdentitySettings_GiveAManagedIdentityCredential()
    {
        var credential = StorageCredential.FromConfiguration(Configuration(new()
        {
            ["AzureWebJobsStorage:credential"] = "managedidentity",
            ["AzureWebJobsStorage:clientId"] = "11111111-2222-3333-4444-555555555555",
            ["AzureWebJobsStorage:blobServiceUri"] = "https://stfed.blob.core.windows.net/",
        }));

        Assert.IsType<ManagedIdentityCredential>(credential);
    }

    [Theory]
    [InlineData("UseDevelopmentStorage=true", null)]
    [InlineData(null, "https://stfed.blob.core.windows.net/")]
    public void WithoutTheManagedIdentitySetting_NoCredentialIsChosenHere(string? connectionString, string? blobServiceUri)
    {
        var credential = StorageCredential.FromConfiguration(Configuration(new()
        {
            ["AzureWebJobsStorage"] = connectionString,
            ["AzureWebJobsStorage:blobServiceUri"] = blobServiceUri,
        }));

        Assert.Null(credential);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
