using FederationFunctions.Core.Storage;

namespace FederationFunctions.Core.Tests.Storage;

public class TableKeysTests
{
    [Theory]
    [InlineData("59-LIL-001", "59-LIL-001")]
    [InlineData("59-LIL-001/activite 2023.xlsx", "59-LIL-001%2Factivite 2023.xlsx")]
    [InlineData("a\\b#c?d", "a%5Cb%23c%3Fd")]
    [InlineData("100%", "100%25")]
    [InlineData("a|b", "a%7Cb")]
    [InlineData("tab\there", "tab%09here")]
    public void Escape_ForbiddenCharacters_WrittenAsHex(string value, string expected) =>
        Assert.Equal(expected, TableKeys.Escape(value));

    [Fact]
    public void Compose_PartsWithSeparator_CannotCollide()
    {
        Assert.NotEqual(TableKeys.Compose("a|b", "c"), TableKeys.Compose("a", "b|c"));
        Assert.Equal("uploads|59-LIL-001", TableKeys.Compose("uploads", "59-LIL-001"));
    }

    [Fact]
    public void PrefixUpperBound_IncrementsLastCharacter() =>
        Assert.Equal("uploads}", TableKeys.PrefixUpperBound("uploads|"));
}
