namespace FederationFunctions.Cli.Infrastructure;

/// <summary>The storage account did not answer the command's first request in time.</summary>
internal sealed class StorageUnavailableException(Uri endpoint, Exception cause)
    : Exception("Storage at " + endpoint + " does not answer.", cause)
{
    public Uri Endpoint { get; } = endpoint;
}
