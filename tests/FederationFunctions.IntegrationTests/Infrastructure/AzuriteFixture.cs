using System.Diagnostics;

namespace FederationFunctions.IntegrationTests.Infrastructure;

/// <summary>Azurite for the integration tests: <c>AZURITE_CONNECTION_STRING</c> when set, else one started by <c>scripts/azurite-start.sh</c> and stopped on dispose.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private string? _stateDirectory;
    private string? _repositoryRoot;

    public string ConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("AZURITE_CONNECTION_STRING");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            ConnectionString = fromEnvironment;
            return;
        }

        _repositoryRoot = FindRepositoryRoot();
        _stateDirectory = Path.Combine(Path.GetTempPath(), "federation-azurite-" + Guid.NewGuid().ToString("N"));
        var output = await RunScriptAsync("azurite-start.sh");
        ConnectionString = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
    }

    public async Task DisposeAsync()
    {
        if (_stateDirectory is null)
        {
            return;
        }

        await RunScriptAsync("azurite-stop.sh");
        Directory.Delete(_stateDirectory, recursive: true);
    }

    private async Task<string> RunScriptAsync(string script)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _repositoryRoot,
        };
        start.ArgumentList.Add(Path.Combine(_repositoryRoot!, "scripts", script));
        start.ArgumentList.Add(_stateDirectory!);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start bash.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} failed ({process.ExitCode}): {await stderr}");
        }

        return await stdout;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FederationFunctions.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("FederationFunctions.sln not found above " + AppContext.BaseDirectory);
    }
}
