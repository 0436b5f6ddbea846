using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using FederationFunctions.Core;
using FederationFunctions.Core.Storage;
using FederationFunctions.Core.Workbooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FederationFunctions.Benchmarks;

/// <summary>
/// The pipeline as the app registers it (<see cref="FederationCoreServiceCollectionExtensions.AddFederationCore"/>), on a
/// connection string, with storage clients that count their requests (registered first: the Core only adds its own when absent).
/// </summary>
internal sealed class PipelineServices : IAsyncDisposable
{
    private PipelineServices(ServiceProvider provider, RequestCounter tableRequests, RequestCounter blobRequests)
    {
        Provider = provider;
        TableRequests = tableRequests;
        BlobRequests = blobRequests;
    }

    public ServiceProvider Provider { get; }

    public RequestCounter TableRequests { get; }

    public RequestCounter BlobRequests { get; }

    public T Get<T>()
        where T : notnull => Provider.GetRequiredService<T>();

    public static PipelineServices Build(string connectionString)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [StorageConnectionOptions.SettingName] = connectionString })
            .Build();
        var tableRequests = new RequestCounter();
        var blobRequests = new RequestCounter();
        var tableOptions = new TableClientOptions();
        tableOptions.AddPolicy(tableRequests, HttpPipelinePosition.PerRetry);
        var blobOptions = new BlobClientOptions();
        blobOptions.AddPolicy(blobRequests, HttpPipelinePosition.PerRetry);

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(new TableServiceClient(connectionString, tableOptions));
        services.AddSingleton(new BlobServiceClient(connectionString, blobOptions));
        services.AddSingleton<IWorkbookReader, XlsxWorkbookReader>();
        services.AddFederationCore(configuration);
        return new PipelineServices(services.BuildServiceProvider(), tableRequests, blobRequests);
    }

    public ValueTask DisposeAsync() => Provider.DisposeAsync();
}
