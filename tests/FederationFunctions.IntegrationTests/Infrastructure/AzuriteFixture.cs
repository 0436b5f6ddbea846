namespace FederationFunctions.IntegrationTests.Infrastructure;

/// <summary>Azurite for the integration tests: <c>AZURITE_CONNECTION_STRING</c> when set, else one started by <c>scripts/azurite-start.sh</c> and stopped on dispose.</summary>
public sealed class AzuriteFixture : IAsyncLifetime, IAzurite
{
    private string? _stateDirectory;

    public string ConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("AZURITE_CONNECTION_STRING");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            ConnectionString = fromEnvironment;
            return;
        }

        _stateDirectory = Path.Combine(Path.GetTempPath(), "federation-azurite-" + Guid.NewGuid().ToString("N"));
        ConnectionString = await AzuriteScripts.StartAsync(_stateDirectory);
    }

    public async Task DisposeAsync()
    {
        if (_stateDirectory is null)
        {
            return;
        }

        await AzuriteScripts.StopAsync(_stateDirectory);
        Directory.Delete(_stateDirectory, recursive: true);
    }
}
