using System.Security.Cryptography;
using System.Text;

namespace FederationFunctions.Core.Ingestion;

/// <summary>One version of an uploaded blob, as the ledger identifies it.</summary>
/// <param name="Container">The blob's container (<c>uploads</c> or <c>reference</c>).</param>
/// <param name="BlobName">The blob's full name in its container.</param>
/// <param name="VersionId">The blob version id when versioning is on, else null.</param>
/// <param name="ETag">The blob's ETag for that content.</param>
/// <param name="UploadedAt">The blob's upload time (last-modified time of that version; the pipeline never modifies blobs).</param>
/// <param name="ContentLength">Size in bytes.</param>
public sealed record BlobUpload(
    string Container,
    string BlobName,
    string? VersionId,
    string ETag,
    DateTimeOffset UploadedAt,
    long ContentLength)
{
    /// <summary>What distinguishes this version from other contents of the same blob name.</summary>
    public string VersionKey => string.IsNullOrEmpty(VersionId) ? ETag.Trim('"') : VersionId;

    /// <summary>The last path segment.</summary>
    public string FileName => BlobName[(BlobName.LastIndexOf('/') + 1)..];

    /// <summary>A short stable id of (container, blob name, version): names the version's rows partition.</summary>
    public string UploadId
    {
        get
        {
            var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(Container + "\n" + BlobName + "\n" + VersionKey));
            return Convert.ToHexStringLower(bytes)[..32];
        }
    }

    /// <summary>Orders two uploads of the same slot: the later upload time wins; ties fall back to version id, then upload id (deterministic).</summary>
    public static int CompareRecency(DateTimeOffset leftTime, string leftVersion, DateTimeOffset rightTime, string rightVersion)
    {
        var byTime = leftTime.CompareTo(rightTime);
        return byTime != 0 ? byTime : string.CompareOrdinal(leftVersion, rightVersion);
    }
}
