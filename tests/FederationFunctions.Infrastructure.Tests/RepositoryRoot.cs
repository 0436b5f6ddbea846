namespace FederationFunctions.Infrastructure.Tests;

/// <summary>The repository root: the first parent of the test assembly holding FederationFunctions.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "FederationFunctions.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No FederationFunctions.sln above {AppContext.BaseDirectory}.");
    }
}
