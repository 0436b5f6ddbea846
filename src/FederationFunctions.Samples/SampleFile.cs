using FederationFunctions.Core.Model;
using FederationFunctions.Core.Validation;

namespace FederationFunctions.Samples;

/// <summary>One file of a sample year and where it goes.</summary>
/// <param name="Step">Upload step: 1 for the first wave, 2 for files that must come later (re-upload, duplicate).</param>
/// <param name="Container"><c>uploads</c> or <c>reference</c>.</param>
/// <param name="BlobName">The blob's name in its container, e.g. <c>59-LIL-001/activite-2025.xlsx</c>.</param>
/// <param name="LocalPath">Path relative to the output folder, with <c>/</c> separators.</param>
/// <param name="ExpectedOutcome">The outcome ingestion should give once every step is ingested.</param>
/// <param name="Description">What the file shows, in French.</param>
public sealed record SampleFile(
    int Step,
    string Container,
    string BlobName,
    string LocalPath,
    UploadOutcome ExpectedOutcome,
    string Description)
{
    /// <summary>The file's bytes.</summary>
    public required byte[] Content { get; init; }

    /// <summary>The folder's structure code for a centre workbook, else null.</summary>
    public string? StructureCode => Container == "uploads" ? BlobName[..BlobName.IndexOf('/', StringComparison.Ordinal)] : null;

    /// <summary>What the file says once read, as the generator wrote it (row numbers are not tracked: 0); null for the reference and rejected files.</summary>
    public CentreWorkbook? Workbook { get; init; }
}
