using FederationFunctions.Core;
using FederationFunctions.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FederationFunctions.IntegrationTests.Ingestion;

public sealed class FederationCoreRegistrationTests
{
    private static IServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddLogging()
            .AddFederationCore(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();

    [Fact]
    public void DefaultSettings_NamesFromTheSpec()
    {
        var options = Build(new() { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" }).GetRequiredService<IOptions<StorageOptions>>().Value;

        Assert.Equal(("uploads", "reference", "feedback", "reports"), (options.UploadsContainer, options.ReferenceContainer, options.FeedbackContainer, options.ReportsContainer));
        Assert.Equal("Uploads", options.FullTableName(options.LedgerTable));
    }

    [Fact]
    public void EveryServiceTheFunctionsUse_Resolves()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" }).Build();
        using var services = new ServiceCollection().AddLogging().AddFederationCore(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Assert.NotNull(services.GetRequiredService<FederationFunctions.Core.Ingestion.IngestionService>());
        Assert.NotNull(services.GetRequiredService<FederationFunctions.Core.Ingestion.ReconciliationSweep>());
        Assert.IsType<TableConsolidationInputSource>(services.GetRequiredService<FederationFunctions.Core.Consolidation.IConsolidationInputSource>());
        Assert.IsType<FederationFunctions.Core.Validation.WorkbookChecker>(services.GetRequiredService<FederationFunctions.Core.Validation.IWorkbookChecker>());
        Assert.NotNull(services.GetRequiredService<FederationFunctions.Core.Consolidation.NightlyConsolidationJob>());
        Assert.NotNull(services.GetRequiredService<FederationFunctions.Core.Consolidation.CollectionStatusQuery>());
    }

    [Fact]
    public void InvalidContainerName_FailsValidation()
    {
        var services = Build(new() { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true", ["Federation:Storage:UploadsContainer"] = "Uploads_Centres" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StorageOptions>>().Value);
        Assert.Contains("UploadsContainer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoStorageSetting_FailsValidation()
    {
        var services = Build([]);

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StorageConnectionOptions>>().Value);
    }

    [Fact]
    public void IdentityBasedSettings_AcceptedWithoutConnectionString()
    {
        var services = Build(new()
        {
            ["AzureWebJobsStorage:blobServiceUri"] = "https://account.blob.core.windows.net",
            ["AzureWebJobsStorage:tableServiceUri"] = "https://account.table.core.windows.net",
        });

        var connection = services.GetRequiredService<IOptions<StorageConnectionOptions>>().Value;

        Assert.True(connection.UsesIdentity);
        Assert.Equal("account", services.GetRequiredService<Azure.Storage.Blobs.BlobServiceClient>().AccountName);
    }
}
