namespace FederationFunctions.Core.Storage;

/// <summary>
/// How to reach the storage account: the <c>AzureWebJobsStorage</c> connection string, or identity-based
/// <c>AzureWebJobsStorage__blobServiceUri</c> and <c>AzureWebJobsStorage__tableServiceUri</c> (with a token credential).
/// </summary>
public sealed class StorageConnectionOptions
{
    public const string SettingName = "AzureWebJobsStorage";

    public string? ConnectionString { get; set; }

    public Uri? BlobServiceUri { get; set; }

    public Uri? TableServiceUri { get; set; }

    public bool UsesConnectionString => !string.IsNullOrWhiteSpace(ConnectionString);

    public bool UsesIdentity => BlobServiceUri is not null && TableServiceUri is not null;
}
