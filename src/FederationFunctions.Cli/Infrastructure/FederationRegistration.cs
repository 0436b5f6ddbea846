using FederationFunctions.Core;
using FederationFunctions.Core.Workbooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace FederationFunctions.Cli.Infrastructure;

/// <summary>The command line registers the pipeline exactly as the Functions app does: the Core's registration and the streaming reader.</summary>
internal static class FederationRegistration
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(WorkbookReaderLimits.Default);
        services.TryAddSingleton<IWorkbookReader>(sp => new XlsxWorkbookReader(sp.GetRequiredService<WorkbookReaderLimits>(), sp.GetRequiredService<ILogger<XlsxWorkbookReader>>()));
        services.AddFederationCore(configuration);
    }
}
