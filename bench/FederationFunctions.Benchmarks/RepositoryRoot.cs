namespace FederationFunctions.Benchmarks;

/// <summary>The repository's root: the first folder above the binaries that holds <c>FederationFunctions.sln</c>.</summary>
internal static class RepositoryRoot
{
    public static string Find()
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
