using FederationFunctions.Core.Model;

namespace FederationFunctions.Samples;

/// <summary>A generated sample year: the reference, the files in upload order, and the expected indicators.</summary>
public sealed record SampleYear(
    SampleYearOptions Options,
    ReferenceWorkbook Reference,
    IReadOnlyList<SampleFile> Files,
    IReadOnlyList<SampleIndicator> ExpectedIndicators)
{
    public const string ManifestFileName = "manifest.json";
    public const string ExpectedIndicatorsFileName = "expected-indicators.json";
}
