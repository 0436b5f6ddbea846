using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;

namespace FederationFunctions;

/// <summary>
/// The credential the app reaches its storage account with. In Azure the host's own settings name the identity
/// (<c>AzureWebJobsStorage__credential</c> = <c>managedidentity</c>, <c>AzureWebJobsStorage__clientId</c>): the worker
/// then uses exactly that user-assigned identity through <see cref="ManagedIdentityCredential"/>, rather than a
/// <c>DefaultAzureCredential</c> chain that probes other sources first and could pick another identity of the app.
/// Elsewhere (a connection string, Azurite) there is none, and the Core default applies.
/// </summary>
public static class StorageCredential
{
    public static TokenCredential? FromConfiguration(IConfiguration configuration)
    {
        var storage = configuration.GetSection("AzureWebJobsStorage");
        if (!string.Equals(storage["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var clientId = storage["clientId"];
        return new ManagedIdentityCredential(string.IsNullOrEmpty(clientId)
            ? ManagedIdentityId.SystemAssigned
            : ManagedIdentityId.FromUserAssignedClientId(clientId));
    }
}
