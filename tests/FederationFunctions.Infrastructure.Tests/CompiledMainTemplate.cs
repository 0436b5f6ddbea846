using System.Text.Json;

namespace FederationFunctions.Infrastructure.Tests;

/// <summary>infra/main.bicep, what `azd provision` deploys.</summary>
public sealed class CompiledMainTemplate() : CompiledBicepTemplate("main.bicep");

/// <summary>infra/event-grid-subscriptions.bicep, what the postdeploy hook deploys once the code runs.</summary>
public sealed class CompiledEventGridSubscriptionsTemplate() : CompiledBicepTemplate("event-grid-subscriptions.bicep");

/// <summary>
/// A template of infra/ compiled by the pinned Bicep CLI (restored through scripts/validate-bicep.sh if missing).
/// Construction fails, and with it every test using it, when the CLI cannot be restored or the build warns.
/// </summary>
public abstract class CompiledBicepTemplate(string fileName) : IAsyncLifetime
{
    private string? _outputDirectory;

    public ArmTemplate Template { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var root = RepositoryRoot.Path;

        var restore = await ProcessRunner.RunAsync(
            "bash", [Path.Combine(root, "scripts", "validate-bicep.sh"), "--bicep-path"], root, timeout.Token);
        if (restore.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"The Bicep CLI could not be restored (exit {restore.ExitCode}): {restore.StandardError}");
        }

        var bicep = restore.StandardOutput.Trim();
        if (!File.Exists(bicep))
        {
            throw new InvalidOperationException($"The Bicep CLI is missing: '{bicep}'.");
        }

        _outputDirectory = Directory.CreateTempSubdirectory("federation-bicep-").FullName;
        var output = Path.Combine(_outputDirectory, Path.ChangeExtension(fileName, ".json"));
        var build = await ProcessRunner.RunAsync(
            bicep, ["build", Path.Combine(root, "infra", fileName), "--outfile", output], root, timeout.Token);
        var diagnostics = build.StandardOutput + build.StandardError;
        if (build.ExitCode != 0
            || diagnostics.Contains("Warning", StringComparison.Ordinal)
            || diagnostics.Contains("Error", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"bicep build failed or warned (exit {build.ExitCode}): {diagnostics}");
        }

        await using var stream = File.OpenRead(output);
        var document = await JsonDocument.ParseAsync(stream, cancellationToken: timeout.Token);
        Template = new ArmTemplate(document);
    }

    public Task DisposeAsync()
    {
        Template?.Dispose();
        if (_outputDirectory is not null)
        {
            Directory.Delete(_outputDirectory, recursive: true);
        }

        return Task.CompletedTask;
    }
}
