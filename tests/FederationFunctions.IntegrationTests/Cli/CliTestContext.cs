using FederationFunctions.Cli.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace FederationFunctions.IntegrationTests.Cli;

/// <summary>A command-line context with its own containers and table prefix on the shared Azurite, and captured output.</summary>
internal sealed class CliTestContext
{
    public CliTestContext(string connectionString, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        ConnectionString = connectionString;
        TablePrefix = "t" + id;
        Settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = connectionString,
            ["Federation:Storage:UploadsContainer"] = "uploads-" + id,
            ["Federation:Storage:ReferenceContainer"] = "reference-" + id,
            ["Federation:Storage:FeedbackContainer"] = "feedback-" + id,
            ["Federation:Storage:ReportsContainer"] = "reports-" + id,
            ["Federation:Storage:TablePrefix"] = TablePrefix,
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            Settings[key] = value;
        }

        Context = new CliContext(Out, Error, false, new ConfigurationBuilder().AddInMemoryCollection(Settings).Build());
    }

    public string ConnectionString { get; }

    public string TablePrefix { get; }

    public Dictionary<string, string?> Settings { get; }

    public StringWriter Out { get; } = new();

    public StringWriter Error { get; } = new();

    public CliContext Context { get; }

    public string Container(string kind) => Settings["Federation:Storage:" + kind + "Container"]!;

    /// <summary>Runs <c>federation ARGS</c> in-process; returns the exit code.</summary>
    public Task<int> RunAsync(params string[] args) => FederationFunctions.Cli.FederationCommandLine.RunAsync(Context, args, CancellationToken.None);
}
