using Microsoft.Extensions.Configuration;

namespace FederationFunctions.Cli.Infrastructure;

/// <summary>What commands write to and read settings from; tests give their own writers and configuration.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="Interactive">True when attached to a terminal: progress bars; otherwise plain log lines.</param>
/// <param name="Configuration">Settings: environment variables (<c>AzureWebJobsStorage</c>, <c>Federation__Storage__…</c>, <c>ConsolidationSchedule</c>).</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error, bool Interactive, IConfiguration Configuration)
{
    /// <summary>The process's console and environment.</summary>
    public static CliContext FromConsole() =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected, new ConfigurationBuilder().AddEnvironmentVariables().Build());

    /// <summary><c>--connection</c>, else the <c>AzureWebJobsStorage</c> setting, else development storage.</summary>
    public string ResolveConnection(string? fromOption) => StorageConnection.Resolve(fromOption, key => Configuration[key]);
}
