namespace FederationFunctions.Benchmarks;

/// <summary>The repository's root: the first folder above the binaries, or else above the working directory, that holds <c>FederationFunctions.sln</c>.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "FederationFunctions.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("FederationFunctions.sln not found above " + AppContext.BaseDirectory + " nor above " + Environment.CurrentDirectory);
    }
}
