using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Ingestion;
using FederationFunctions.Core.Reports;
using FederationFunctions.Core.Storage;
using FederationFunctions.Core.Templates;
using FederationFunctions.Core.Validation;
using FederationFunctions.Core.Workbooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FederationFunctions.Core;

/// <summary>Registers the pipeline's services, shared by the Functions app and the command line.</summary>
public static class FederationCoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers storage (containers, tables), ingestion, reconciliation, checking, reports and consolidation, with options
    /// validated at start. The account comes from <c>AzureWebJobsStorage</c> (connection string) or, identity-based, from
    /// <c>AzureWebJobsStorage__blobServiceUri</c> and <c>AzureWebJobsStorage__tableServiceUri</c> with <paramref name="credential"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The app's configuration.</param>
    /// <param name="credential">The token credential for identity-based access; <c>DefaultAzureCredential</c> when null. Unused with a connection string.</param>
    public static IServiceCollection AddFederationCore(this IServiceCollection services, IConfiguration configuration, TokenCredential? credential = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<StorageConnectionOptions>()
            .Configure(o =>
            {
                var section = configuration.GetSection(StorageConnectionOptions.SettingName);
                o.ConnectionString = section.Value;
                o.BlobServiceUri = UriOrNull(section["blobServiceUri"]);
                o.TableServiceUri = UriOrNull(section["tableServiceUri"]);
            })
            .Validate(
                o => o.UsesConnectionString || o.UsesIdentity,
                "Set AzureWebJobsStorage (connection string, e.g. UseDevelopmentStorage=true), or both AzureWebJobsStorage__blobServiceUri and AzureWebJobsStorage__tableServiceUri (managed identity).")
            .ValidateOnStart();

        services.AddOptions<StorageClientOptions>()
            .Bind(configuration.GetSection(StorageClientOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.RetryDelay > TimeSpan.Zero && o.MaxRetryDelay >= o.RetryDelay && o.NetworkTimeout > TimeSpan.Zero, "Storage client delays must be positive, MaxRetryDelay at least RetryDelay.")
            .ValidateOnStart();
        services.AddOptions<IngestionOptions>()
            .Bind(configuration.GetSection(IngestionOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var identity = new Lazy<TokenCredential>(() => credential ?? new DefaultAzureCredential());
        services.TryAddSingleton(sp =>
        {
            var connection = sp.GetRequiredService<IOptions<StorageConnectionOptions>>().Value;
            var options = sp.GetRequiredService<IOptions<StorageClientOptions>>().Value.ToBlobClientOptions();
            return connection.UsesConnectionString
                ? new BlobServiceClient(connection.ConnectionString, options)
                : new BlobServiceClient(connection.BlobServiceUri, identity.Value, options);
        });
        services.TryAddSingleton(sp =>
        {
            var connection = sp.GetRequiredService<IOptions<StorageConnectionOptions>>().Value;
            var options = sp.GetRequiredService<IOptions<StorageClientOptions>>().Value.ToTableClientOptions();
            return connection.UsesConnectionString
                ? new TableServiceClient(connection.ConnectionString, options)
                : new TableServiceClient(connection.TableServiceUri, identity.Value, options);
        });

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<FederationStorage>();
        services.TryAddSingleton<UploadLedger>();
        services.TryAddSingleton<CurrentVersionStore>();
        services.TryAddSingleton<CentreRowStore>();
        services.TryAddSingleton<ReferenceRowStore>();
        services.TryAddSingleton<YearChangeTracker>();
        services.TryAddSingleton<CurrentVersionSwitch>();
        services.TryAddSingleton<FeedbackPublisher>();
        services.TryAddSingleton<IngestionService>();
        services.TryAddSingleton<IsolatedIngestion>();
        services.TryAddSingleton<ReconciliationSweep>();
        services.TryAddSingleton<IConsolidationInputSource, TableConsolidationInputSource>();

        // Reading, checking and feedback.
        services.TryAddSingleton(WorkbookReaderLimits.Default);
        services.TryAddSingleton<IWorkbookReader>(sp => new XlsxWorkbookReader(
            sp.GetRequiredService<WorkbookReaderLimits>(), sp.GetRequiredService<ILogger<XlsxWorkbookReader>>()));
        services.TryAddSingleton<IYearReferenceSource, AcceptedReferenceSource>();
        services.TryAddSingleton<IWorkbookChecker>(sp => new WorkbookChecker(
            sp.GetRequiredService<IWorkbookReader>(), sp.GetRequiredService<WorkbookReaderLimits>(), sp.GetRequiredService<IYearReferenceSource>()));
        services.TryAddSingleton<IFeedbackReportWriter, FeedbackReportWriter>();

        // Consolidation.
        services.TryAddSingleton<IIndicatorCalculator, IndicatorCalculator>();
        services.TryAddSingleton<IConsolidatedWorkbookWriter, ConsolidatedWorkbookWriter>();
        services.TryAddSingleton<IReportStore>(sp => new BlobReportStore(sp.GetRequiredService<FederationStorage>().Reports));
        services.TryAddSingleton<IIndicatorStore>(sp => new TableIndicatorStore(sp.GetRequiredService<FederationStorage>().Indicators));
        services.TryAddSingleton<ConsolidationService>();
        services.TryAddSingleton<NightlyConsolidationJob>();
        services.TryAddSingleton<CollectionStatusQuery>();

        // Templates.
        services.AddOptions<CentreTemplateOptions>()
            .Bind(configuration.GetSection(CentreTemplateOptions.SectionName))
            .Validate(o => o.TableRows is >= 1 and <= 5000, "Federation:Templates:TableRows doit être compris entre 1 et 5000.")
            .Validate(o => o.HasUsableDocumentationUrl, "Federation:Templates:DocumentationUrl doit être une adresse http(s) complète, par exemple https://github.com/federation/FederationFunctions/blob/main/docs/.")
            .ValidateOnStart();
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<CentreTemplateOptions>>().Value);
        services.TryAddSingleton(sp => new CentreTemplateWriter(sp.GetRequiredService<CentreTemplateOptions>()));
        services.TryAddSingleton<CentreTemplateService>();
        return services;
    }

    private static Uri? UriOrNull(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) ? uri : null;
}
