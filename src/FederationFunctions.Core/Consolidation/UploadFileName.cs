namespace FederationFunctions.Core.Consolidation;

/// <summary>The file name of an upload, as a centre named it: the blob name without its structure folder.</summary>
public static class UploadFileName
{
    public static string Of(string blobName)
    {
        var slash = blobName.LastIndexOf('/');
        return slash < 0 ? blobName : blobName[(slash + 1)..];
    }
}
