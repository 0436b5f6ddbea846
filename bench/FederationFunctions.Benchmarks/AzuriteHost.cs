namespace FederationFunctions.Benchmarks;

/// <summary>An in-memory Azurite started with <c>scripts/azurite-start.sh</c> and stopped with <c>scripts/azurite-stop.sh</c>.</summary>
internal sealed class AzuriteHost : IAsyncDisposable
{
    private readonly string _root;
    private readonly string _state;

    private AzuriteHost(string root, string state, string connectionString)
    {
        _root = root;
        _state = state;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<AzuriteHost> StartAsync(CancellationToken cancellationToken)
    {
        var root = RepositoryRoot.Find();
        var state = Path.Combine(Path.GetTempPath(), "ff-bench-azurite-" + Guid.NewGuid().ToString("N"));
        var output = await ScriptRunner.RunAsync(Path.Combine(root, "scripts", "azurite-start.sh"), [state], cancellationToken);
        return new AzuriteHost(root, state, output.Trim());
    }

    public async ValueTask DisposeAsync()
    {
        await ScriptRunner.RunAsync(Path.Combine(_root, "scripts", "azurite-stop.sh"), [_state], CancellationToken.None);
        Directory.Delete(_state, recursive: true);
    }
}
