using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FederationFunctions.Cli.Infrastructure;

/// <summary>The one place where the command line registers the pipeline (the Core's registration).</summary>
internal static class FederationRegistration
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
    }
}
