namespace FederationFunctions.Infrastructure.Tests;

/// <summary>Ids of the Azure built-in roles the templates assign (they are the same in every tenant).</summary>
internal static class BuiltInRoles
{
    public const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    public const string StorageBlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    public const string StorageBlobDataReader = "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1";
    public const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    public const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    public const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";
    public const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";
    public const string KeyVaultSecretsOfficer = "b86a8fe4-44ce-4948-aee5-eccb2c155cd7";

    public static readonly string[] BlobData = [StorageBlobDataOwner, StorageBlobDataContributor, StorageBlobDataReader];

    /// <summary>The scope expression of a container of the federation account, as the modules compile it.</summary>
    public static string ContainerScope(string containerExpression) =>
        $"[resourceId('Microsoft.Storage/storageAccounts/blobServices/containers', parameters('storageAccountName'), 'default', {containerExpression})]";

    public const string AccountScope = "[resourceId('Microsoft.Storage/storageAccounts', parameters('storageAccountName'))]";

    public const string NoBlobDeletion =
        "(!(ActionMatches{'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/delete'}))";
}
