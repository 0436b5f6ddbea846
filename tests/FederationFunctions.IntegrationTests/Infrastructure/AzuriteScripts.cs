using System.Diagnostics;

namespace FederationFunctions.IntegrationTests.Infrastructure;

/// <summary>Runs the repository's <c>scripts/azurite-start.sh</c> and <c>scripts/azurite-stop.sh</c>, as a developer and CI do.</summary>
internal static class AzuriteScripts
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    /// <summary>Starts Azurite with its state in <paramref name="stateDirectory"/>; returns its connection string.</summary>
    /// <param name="stateDirectory">Where the script keeps the PID, the connection string and, with <paramref name="persist"/>, the data and ports.</param>
    /// <param name="persist">True: data on disk and the same ports at each start (<c>--persist</c>); false: in memory on new ports.</param>
    public static async Task<string> StartAsync(string stateDirectory, bool persist = false)
    {
        var output = persist
            ? await RunAsync("azurite-start.sh", stateDirectory, "--persist")
            : await RunAsync("azurite-start.sh", stateDirectory);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
    }

    /// <summary>Stops the Azurite started with <paramref name="stateDirectory"/> (SIGTERM, so that a persistent one saves its data).</summary>
    public static Task StopAsync(string stateDirectory) => RunAsync("azurite-stop.sh", stateDirectory);

    private static async Task<string> RunAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Root.Value,
        };
        start.ArgumentList.Add(Path.Combine(Root.Value, "scripts", script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

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
