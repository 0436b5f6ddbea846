namespace FederationFunctions.IntegrationTests.Infrastructure;

/// <summary>An Azurite the tests can reach: the shared one (<see cref="AzuriteFixture"/>) or one of a test's own (<see cref="RestartableAzurite"/>).</summary>
public interface IAzurite
{
    string ConnectionString { get; }
}
