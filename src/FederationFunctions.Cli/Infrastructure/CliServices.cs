using System.Globalization;
using FederationFunctions.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FederationFunctions.Cli.Infrastructure;

/// <summary>Builds the pipeline's services for a command, with the resolved storage connection string.</summary>
internal static class CliServices
{
    /// <summary>For a command that needs storage: builds, validates the settings, then checks that storage answers (<see cref="StorageProbe"/>).</summary>
    public static async Task<ServiceProvider> BuildForStorageAsync(
        CliContext context, string connectionString, CancellationToken cancellationToken, LogLevel minimumLevel = LogLevel.Warning)
    {
        var services = Build(context, connectionString, minimumLevel);
        try
        {
            _ = services.GetRequiredService<IOptions<StorageOptions>>().Value;
            _ = services.GetRequiredService<IOptions<StorageClientOptions>>().Value;
            await StorageProbe.EnsureAnswersAsync(connectionString, cancellationToken).ConfigureAwait(false);
            return services;
        }
        catch
        {
            await services.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public static ServiceProvider Build(CliContext context, string connectionString, LogLevel minimumLevel = LogLevel.Warning)
    {
        // A person waits at the terminal: the storage clients' command-line retries and time-outs, unless configured.
        var quick = StorageClientOptions.ForCommandLine();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [StorageClientOptions.SectionName + ":" + nameof(StorageClientOptions.MaxRetries)] = quick.MaxRetries.ToString(CultureInfo.InvariantCulture),
                [StorageClientOptions.SectionName + ":" + nameof(StorageClientOptions.RetryDelay)] = quick.RetryDelay.ToString("c", CultureInfo.InvariantCulture),
                [StorageClientOptions.SectionName + ":" + nameof(StorageClientOptions.MaxRetryDelay)] = quick.MaxRetryDelay.ToString("c", CultureInfo.InvariantCulture),
                [StorageClientOptions.SectionName + ":" + nameof(StorageClientOptions.NetworkTimeout)] = quick.NetworkTimeout.ToString("c", CultureInfo.InvariantCulture),
            })
            .AddConfiguration(context.Configuration)
            .AddInMemoryCollection(new Dictionary<string, string?> { [CommonOptions.ConnectionSetting] = connectionString })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging
            .SetMinimumLevel(minimumLevel)
            .AddSimpleConsole(options =>
            {
                options.SingleLine = true;
                options.TimestampFormat = "HH:mm:ss ";
            }));
        services.AddSingleton(TimeProvider.System);
        FederationRegistration.Add(services, configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = false, ValidateScopes = true });
    }
}
