using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FederationFunctions.Cli.Infrastructure;

/// <summary>Builds the pipeline's services for a command, with the resolved storage connection string.</summary>
internal static class CliServices
{
    public static ServiceProvider Build(CliContext context, string connectionString, LogLevel minimumLevel = LogLevel.Warning)
    {
        var configuration = new ConfigurationBuilder()
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
