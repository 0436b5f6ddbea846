using System.Diagnostics;
using System.Reflection;

namespace FederationFunctions.Benchmarks;

/// <summary>Runs a program to its end and returns what it printed; throws when it fails.</summary>
internal static class ScriptRunner
{
    public static async Task<string> RunAsync(string fileName, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + fileName);
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(fileName + " exited with " + process.ExitCode + ": " + await stderr + await stdout);
        }

        return await stdout;
    }

    /// <summary>Runs this benchmark program again, in a fresh process, with <paramref name="arguments"/>.</summary>
    public static Task<string> RunSelfAsync(IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var executable = Environment.ProcessPath ?? throw new InvalidOperationException("The process path is unknown.");
        var prefix = Path.GetFileNameWithoutExtension(executable) == "dotnet" ? [Assembly.GetExecutingAssembly().Location] : Array.Empty<string>();
        return RunAsync(executable, prefix.Concat(arguments), cancellationToken);
    }
}
