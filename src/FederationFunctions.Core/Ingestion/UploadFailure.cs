namespace FederationFunctions.Core.Ingestion;

/// <summary>A blob version whose ingestion failed this time and is left for the next trigger run or sweep.</summary>
/// <param name="Container">Its container.</param>
/// <param name="BlobName">Its blob name.</param>
/// <param name="VersionKey">Its version id or ETag.</param>
/// <param name="Reason">The error, in one line (for staff and logs).</param>
public sealed record UploadFailure(string Container, string BlobName, string VersionKey, string Reason);
