namespace FederationFunctions.Samples;

/// <summary>The sample's <c>manifest.json</c>: which file goes to which blob path, in upload order.</summary>
public sealed record SampleManifest(int Year, int Seed, int Structures, IReadOnlyList<SampleManifestEntry> Uploads);

/// <summary>One upload of the manifest.</summary>
/// <param name="Order">Upload order (1 first).</param>
/// <param name="Step">1: first wave; 2: to upload after the first wave is ingested (re-upload, duplicate).</param>
/// <param name="Container"><c>uploads</c> or <c>reference</c>.</param>
/// <param name="BlobName">The blob's name in its container.</param>
/// <param name="File">Path of the file relative to the manifest's folder.</param>
/// <param name="ExpectedOutcome">The French outcome ingestion should give once every step is ingested.</param>
/// <param name="Description">What the file shows.</param>
public sealed record SampleManifestEntry(int Order, int Step, string Container, string BlobName, string File, string ExpectedOutcome, string Description);

/// <summary>The sample's <c>expected-indicators.json</c>.</summary>
public sealed record SampleExpectedIndicatorsDocument(int Year, int Seed, IReadOnlyList<SampleIndicator> Indicators);
