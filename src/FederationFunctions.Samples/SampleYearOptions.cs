namespace FederationFunctions.Samples;

/// <summary>What sample year to generate.</summary>
/// <param name="Year">The activity year.</param>
/// <param name="Structures">How many structures the reference lists (members and a few non-members); at least 20.</param>
/// <param name="Seed">The random seed: the same seed gives the same data.</param>
public sealed record SampleYearOptions(int Year, int Structures = SampleYearOptions.DefaultStructures, int Seed = SampleYearOptions.DefaultSeed)
{
    public const int DefaultStructures = 180;
    public const int DefaultSeed = 2025;
    public const int MinStructures = 20;
    public const int MaxStructures = 2_000;
}
