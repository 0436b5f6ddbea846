using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Reports;
using FederationFunctions.Core.Validation;
using FederationFunctions.Core.Workbooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace FederationFunctions.Cli.Infrastructure;

/// <summary>The one place where the command line registers the pipeline: the Core's registration, and the rest with TryAdd.</summary>
internal static class FederationRegistration
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(WorkbookReaderLimits.Default);
        services.TryAddSingleton<IWorkbookReader>(sp => new XlsxWorkbookReader(sp.GetRequiredService<WorkbookReaderLimits>(), sp.GetRequiredService<ILogger<XlsxWorkbookReader>>()));
        services.TryAddSingleton<IWorkbookChecker>(sp => new WorkbookChecker(sp.GetRequiredService<IWorkbookReader>(), sp.GetRequiredService<WorkbookReaderLimits>()));
        services.TryAddSingleton<IFeedbackReportWriter, FeedbackReportWriter>();
        services.TryAddSingleton<IIndicatorCalculator, IndicatorCalculator>();
        services.TryAddSingleton<IConsolidatedWorkbookWriter, ConsolidatedWorkbookWriter>();
    }
}
