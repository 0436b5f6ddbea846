using System.Globalization;
using FederationFunctions.Core.Workbooks.Xlsx;

namespace FederationFunctions.Core.Tests.Workbooks;

public class NumberTextTests
{
    [Theory]
    [InlineData("0", 0d)]
    [InlineData("12", 12d)]
    [InlineData("-0.25", -0.25d)]
    [InlineData("37.05", 37.05d)]
    [InlineData("8.359999999999999", 8.359999999999999d)]
    [InlineData("441245.00000000006", 441245.00000000006d)]
    [InlineData("1.5E3", 1500d)]
    [InlineData("1e-3", 0.001d)]
    [InlineData("123456789012345", 123456789012345d)]
    [InlineData("1234567890123456789", 1234567890123456789d)]
    [InlineData(".5", 0.5d)]
    [InlineData("5.", 5d)]
    public void InvariantNumber_ParsesToTheNearestDouble(string text, double expected)
    {
        Assert.True(NumberText.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1,5")]
    [InlineData("12a")]
    [InlineData("1.2.3")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e400")]
    public void NotAFiniteInvariantNumber_DoesNotParse(string text) => Assert.False(NumberText.TryParse(text, out _));

    [Fact]
    public void FastPath_AgreesWithDoubleParseOnTenThousandRandomDecimals()
    {
        var random = new Random(42);
        for (var i = 0; i < 10_000; i++)
        {
            var integerDigits = random.Next(1, 10);
            var fractionDigits = random.Next(0, 16 - integerDigits);
            var text = RandomDigits(random, integerDigits) + (fractionDigits > 0 ? "." + RandomDigits(random, fractionDigits) : string.Empty);
            if (random.Next(2) == 0)
            {
                text = "-" + text;
            }

            Assert.True(NumberText.TryParse(text, out var value));
            Assert.Equal(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture), value);
        }
    }

    private static string RandomDigits(Random random, int count) =>
        string.Concat(Enumerable.Range(0, count).Select(_ => (char)('0' + random.Next(10))));
}
