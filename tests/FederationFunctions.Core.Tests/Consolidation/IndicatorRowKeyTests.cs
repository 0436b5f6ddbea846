using FederationFunctions.Core.Consolidation;

namespace FederationFunctions.Core.Tests.Consolidation;

/// <summary>
/// A per-action <c>FORMATION.SALARIES</c> row's scope is a catalogue action code, which the reference allows to be
/// any text. Table Storage refuses <c>/</c>, <c>\</c>, <c>#</c>, <c>?</c> and control characters in a RowKey, and one
/// refused row fails the whole batch: the stored key must escape them, reversibly and without collisions.
/// </summary>
public class IndicatorRowKeyTests
{
    [Theory]
    [InlineData("RESEAU.STRUCTURES", "FED", "RESEAU.STRUCTURES|FED")]
    [InlineData("AT.REUNIONS", "LIL", "AT.REUNIONS|LIL")]
    [InlineData("FORMATION.SALARIES", "F/2023/01", "FORMATION.SALARIES|F%2F2023%2F01")]
    [InlineData("FORMATION.SALARIES", "A\\B#C?D", "FORMATION.SALARIES|A%5CB%23C%3FD")]
    [InlineData("FORMATION.SALARIES", "100%", "FORMATION.SALARIES|100%25")]
    [InlineData("FORMATION.SALARIES", "A\tB", "FORMATION.SALARIES|A%09B")]
    [InlineData("FORMATION.SALARIES", "Accueil-Écoute", "FORMATION.SALARIES|Accueil-Écoute")]
    public void RowKey_EscapesWhatTableStorageRefuses(string code, string scope, string expected)
    {
        Assert.Equal(expected, IndicatorRowKey.Of(new Indicator(code, scope, "libellé", 1m, "nombre")));
    }

    [Fact]
    public void RowKey_EscapedAndLiteralPercentDoNotCollide()
    {
        var slash = IndicatorRowKey.Of(new Indicator("FORMATION.SALARIES", "A/B", "l", 0m, "nombre"));
        var written = IndicatorRowKey.Of(new Indicator("FORMATION.SALARIES", "A%2FB", "l", 0m, "nombre"));
        Assert.NotEqual(slash, written);
    }
}
