using FederationFunctions.Core.Storage;

namespace FederationFunctions.Core.Tests.Storage;

public class TableTextTests
{
    [Fact]
    public void FortyThousandCharacters_CutTo32000WithMarker()
    {
        var fitted = TableText.Fit(new string('a', 40_000), out var truncated);

        Assert.True(truncated);
        Assert.Equal(32_000, fitted!.Length);
        Assert.EndsWith(TableText.TruncationMarker, fitted, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortText_Unchanged()
    {
        Assert.Equal("Formation des bénévoles", TableText.Fit("Formation des bénévoles", out var truncated));
        Assert.False(truncated);
        Assert.Null(TableText.Fit(null, out _));
    }

    [Fact]
    public void CutInsideSurrogatePair_DropsTheHalfCharacter()
    {
        var keep = TableLimits.MaxStringPropertyChars - TableText.TruncationMarker.Length;
        var text = new string('a', keep - 1) + "😀" + new string('b', 10_000);

        var fitted = TableText.Fit(text, out _)!;

        Assert.Equal(new string('a', keep - 1) + TableText.TruncationMarker, fitted);
    }
}
