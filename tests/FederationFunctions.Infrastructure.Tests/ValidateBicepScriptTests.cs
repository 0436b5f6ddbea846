namespace FederationFunctions.Infrastructure.Tests;

/// <summary>
/// scripts/validate-bicep.sh must fail on a warning even though bicep exits 0 on warnings.
/// In the compiled-template collection so that the CLI is restored once, before these run.
/// </summary>
[Collection(CompiledMainTemplateCollection.Name)]
public sealed class ValidateBicepScriptTests
{
    [Fact]
    public async Task TemplateWithOnlyALinterWarning_FailsValidation()
    {
        var folder = Directory.CreateTempSubdirectory("federation-bicep-warning-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "main.bicep"), "param unusedName string = 'x'\n");

            var result = await RunScriptAsync(folder);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("FAIL", result.StandardOutput, StringComparison.Ordinal);
            Assert.Contains("Warning no-unused-params", result.StandardOutput, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task CleanTemplate_PassesAndWritesTheCompiledTemplate()
    {
        var folder = Directory.CreateTempSubdirectory("federation-bicep-clean-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "main.bicep"), "output answer int = 42\n");

            var result = await RunScriptAsync(folder);

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("Bicep validation passed: 1 templates, no warning", result.StandardOutput, StringComparison.Ordinal);
            var compiled = await File.ReadAllTextAsync(Path.Combine(folder, ".build", "main.json"));
            Assert.Contains("\"answer\"", compiled, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(int ExitCode, string StandardOutput, string StandardError)> RunScriptAsync(string templates)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var root = RepositoryRoot.Path;
        return await ProcessRunner.RunAsync(
            "bash", [Path.Combine(root, "scripts", "validate-bicep.sh"), templates], root, timeout.Token);
    }
}
