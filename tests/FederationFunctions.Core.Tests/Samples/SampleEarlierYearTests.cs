using FederationFunctions.Samples;

namespace FederationFunctions.Core.Tests.Samples;

/// <summary>The year before a sample year (<see cref="SampleYearOptions.YearsBefore"/>): the same network, plausibly earlier.</summary>
public class SampleEarlierYearTests
{
    private static readonly SampleYear ThisYear = SampleYearGenerator.Generate(new SampleYearOptions(2025));
    private static readonly SampleYear YearBefore = SampleYearGenerator.Generate(new SampleYearOptions(2024, YearsBefore: 1));

    [Fact]
    public void YearBefore_HasTheSameStructuresAndAFewMembersFewer()
    {
        Assert.Equal(ThisYear.Reference.Structures.Select(s => s.Code), YearBefore.Reference.Structures.Select(s => s.Code));
        Assert.Equal(2024, YearBefore.Reference.Year);
        var membersNow = ThisYear.Reference.Structures.Count(s => s.IsMember);
        var membersBefore = YearBefore.Reference.Structures.Count(s => s.IsMember);
        Assert.InRange(membersNow - membersBefore, 2, 10);
    }

    [Fact]
    public void YearBefore_FiguresMoveByAFewPercent()
    {
        decimal Total(SampleYear year, string code) => year.ExpectedIndicators.Single(i => i.Code == code && i.Scope == "FED").Value!.Value;
        foreach (var code in new[] { "RH.SALARIES", "RH.BENEVOLES", "SANTE.MONTANT", "VIE.AT.PARTICIPANTS" })
        {
            var now = Total(ThisYear, code);
            var before = Total(YearBefore, code);
            Assert.NotEqual(now, before);
            Assert.InRange(Math.Abs(now - before) / now, 0m, 0.2m);
        }
    }

    [Fact]
    public void SampleReference_GivesContactsForMostStructuresAndNoneForSome()
    {
        var structures = ThisYear.Reference.Structures;
        Assert.InRange(structures.Count(s => s.ContactName is not null), structures.Count * 8 / 10, structures.Count - 1);
        Assert.Contains(structures, s => s.ContactName is null && s.ContactEmail is null);
        Assert.All(structures.Where(s => s.ContactEmail is not null), s => Assert.Matches(@"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$", s.ContactEmail!));
    }
}
