namespace FederationFunctions.Samples;

/// <summary>What sample year to generate.</summary>
/// <param name="Year">The activity year.</param>
/// <param name="Structures">How many structures the reference lists (members and a few non-members); at least 20.</param>
/// <param name="Seed">The random seed: the same seed gives the same data.</param>
/// <param name="YearsBefore">
/// 0 for the year the seed describes; n &gt; 0 for the same network n years earlier (with <see cref="Year"/> that earlier
/// year): the same structures, a few of today's members not yet members, and every centre's figures drawn again, so
/// that totals move by a few percent, as from one real year to the next.
/// </param>
public sealed record SampleYearOptions(
    int Year, int Structures = SampleYearOptions.DefaultStructures, int Seed = SampleYearOptions.DefaultSeed, int YearsBefore = 0)
{
    public const int DefaultStructures = 180;
    public const int DefaultSeed = 2025;
    public const int MinStructures = 20;
    public const int MaxStructures = 2_000;
}
