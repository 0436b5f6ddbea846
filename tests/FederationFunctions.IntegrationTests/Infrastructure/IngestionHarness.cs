using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using FederationFunctions.Core;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Ingestion;
using FederationFunctions.Core.Reports;
using FederationFunctions.Core.Storage;
using FederationFunctions.Core.Validation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FederationFunctions.IntegrationTests.Infrastructure;

/// <summary>The pipeline wired by <see cref="FederationCoreServiceCollectionExtensions.AddFederationCore"/> on Azurite, with containers and tables unique to one test.</summary>
internal sealed class IngestionHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private IngestionHarness(ServiceProvider services, FakeWorkbookChecker checker)
    {
        _services = services;
        Checker = checker;
    }

    public FakeWorkbookChecker Checker { get; }

    public FederationStorage Storage => _services.GetRequiredService<FederationStorage>();

    public IngestionService Ingestion => _services.GetRequiredService<IngestionService>();

    public UploadLedger Ledger => _services.GetRequiredService<UploadLedger>();

    public CurrentVersionStore Pointers => _services.GetRequiredService<CurrentVersionStore>();

    public YearChangeTracker Years => _services.GetRequiredService<YearChangeTracker>();

    public ReconciliationSweep Sweep => _services.GetRequiredService<ReconciliationSweep>();

    public IConsolidationInputSource Input => _services.GetRequiredService<IConsolidationInputSource>();

    /// <summary>Any service of the registration, as the Functions and the command line resolve it.</summary>
    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public static Dictionary<string, string?> Settings(string connectionString, string id) => new()
    {
        ["AzureWebJobsStorage"] = connectionString,
        ["Federation:Storage:UploadsContainer"] = "up" + id,
        ["Federation:Storage:ReferenceContainer"] = "ref" + id,
        ["Federation:Storage:FeedbackContainer"] = "fb" + id,
        ["Federation:Storage:ReportsContainer"] = "rep" + id,
        ["Federation:Storage:TablePrefix"] = "t" + id,
    };

    /// <param name="azurite">The emulator.</param>
    /// <param name="faults">A policy added to the storage clients' pipelines (faults at the SDK boundary), or none.</param>
    /// <param name="realChecker">True: the real reader and checker (real .xlsx content); false: <see cref="FakeWorkbookChecker"/>.</param>
    /// <param name="settings">More settings (e.g. the sweep's), or none.</param>
    /// <param name="checker">A fake checker to share with another harness (the same registered contents), or a new one.</param>
    public static async Task<IngestionHarness> CreateAsync(
        IAzurite azurite, StorageFaultPolicy? faults = null, bool realChecker = false, IReadOnlyDictionary<string, string?>? settings = null,
        FakeWorkbookChecker? checker = null)
    {
        var id = Guid.NewGuid().ToString("N")[..12];
        var all = Settings(azurite.ConnectionString, id);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        checker ??= new FakeWorkbookChecker();
        var services = new ServiceCollection().AddLogging();
        if (!realChecker)
        {
            services.AddSingleton<IWorkbookChecker>(checker);
        }

        if (faults is not null)
        {
            AddFaultyClients(services, azurite.ConnectionString, faults);
        }

        services.AddFederationCore(configuration);
        var harness = new IngestionHarness(services.BuildServiceProvider(validateScopes: true), checker);
        await harness.Storage.EnsureCreatedAsync(CancellationToken.None);
        return harness;
    }

    /// <summary>Storage clients whose pipelines go through <paramref name="faults"/> (registered before the pipeline's own, which then stand aside).</summary>
    public static void AddFaultyClients(IServiceCollection services, string connectionString, StorageFaultPolicy faults)
    {
        var blobOptions = new BlobClientOptions();
        blobOptions.Retry.Delay = TimeSpan.FromMilliseconds(10);
        blobOptions.Retry.MaxDelay = TimeSpan.FromMilliseconds(50);
        blobOptions.AddPolicy(faults, HttpPipelinePosition.PerRetry);
        var tableOptions = new TableClientOptions();
        tableOptions.Retry.Delay = TimeSpan.FromMilliseconds(10);
        tableOptions.Retry.MaxDelay = TimeSpan.FromMilliseconds(50);
        tableOptions.AddPolicy(faults, HttpPipelinePosition.PerRetry);
        services.AddSingleton(new BlobServiceClient(connectionString, blobOptions));
        services.AddSingleton(new TableServiceClient(connectionString, tableOptions));
    }

    /// <summary>Uploads a blob and returns its version as the trigger would see it, with the upload time given (Azurite's clock has one-second steps).</summary>
    public async Task<BlobUpload> UploadAsync(BlobContainerClient container, string blobName, byte[] content, DateTimeOffset uploadedAt)
    {
        var blob = container.GetBlobClient(blobName);
        await blob.UploadAsync(new BinaryData(content), overwrite: true);
        var properties = (await blob.GetPropertiesAsync()).Value;
        return new BlobUpload(container.Name, blobName, properties.VersionId, properties.ETag.ToString(), uploadedAt, properties.ContentLength);
    }

    public Task<BlobUpload> UploadCentreAsync(string blobName, byte[] content, DateTimeOffset uploadedAt) =>
        UploadAsync(Storage.Uploads, blobName, content, uploadedAt);

    public Task<BlobUpload> UploadReferenceAsync(string blobName, byte[] content, DateTimeOffset uploadedAt) =>
        UploadAsync(Storage.Reference, blobName, content, uploadedAt);

    public async Task<FeedbackJson> ReadFeedbackJsonAsync(string blobName)
    {
        var content = await Storage.Feedback.GetBlobClient(blobName).DownloadContentAsync();
        return content.Value.Content.ToObjectFromJson<FeedbackJson>(FeedbackReportWriter.JsonSerializerOptions)!;
    }

    /// <summary>The sheet names of a feedback workbook.</summary>
    public async Task<IReadOnlyList<string>> ReadFeedbackSheetsAsync(string blobName)
    {
        var content = await Storage.Feedback.GetBlobClient(blobName).DownloadContentAsync();
        using var workbook = new ClosedXML.Excel.XLWorkbook(content.Value.Content.ToStream());
        return workbook.Worksheets.Select(w => w.Name).ToList();
    }

    public async Task<UploadOutcome?> LedgerOutcomeAsync(BlobUpload upload) =>
        (await Ledger.GetAsync(upload, CancellationToken.None))?.Outcome;

    public async ValueTask DisposeAsync()
    {
        foreach (var container in new[] { Storage.Uploads, Storage.Reference, Storage.Feedback, Storage.Reports })
        {
            await container.DeleteIfExistsAsync();
        }

        foreach (var table in new[] { Storage.Ledger, Storage.CentreRows, Storage.ReferenceRows, Storage.CurrentVersions, Storage.Indicators, Storage.YearChanges })
        {
            await table.DeleteAsync();
        }

        await _services.DisposeAsync();
    }
}
