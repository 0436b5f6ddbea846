using FederationFunctions.Core.Tests.TestSupport;
using FederationFunctions.Core.Workbooks;
using FederationFunctions.Core.Workbooks.CellValues;

namespace FederationFunctions.Core.Tests.Workbooks;

public class CellValuesDecimalAndMoneyTests
{
    [Theory]
    [InlineData("0,5", "0.5")]
    [InlineData("0.5", "0.5")]
    [InlineData("37,05", "37.05")]
    [InlineData("1 234,5", "1234.5")]
    [InlineData("1\u00A0234,5", "1234.5")]
    [InlineData("1\u202F234.5", "1234.5")]
    [InlineData(" 8,36 ", "8.36")]
    [InlineData("12", "12")]
    [InlineData("0,125", "0.125")]
    public void TextDecimal_IsAccepted(string text, string expected) =>
        Cultures.ForEach(() => AssertValid(CellValueParser.ParseDecimal(CellValue.FromText(text)), expected));

    [Theory]
    [InlineData(0.5d, "0.5")]
    [InlineData(7.08d, "7.08")]
    [InlineData(8.359999999999999d, "8.36")]
    [InlineData(0.125d, "0.125")]
    [InlineData(12d, "12")]
    public void NumberCellDecimal_IsAccepted(double number, string expected) =>
        Cultures.ForEach(() => AssertValid(CellValueParser.ParseDecimal(CellValue.FromNumber(number)), expected));

    [Theory]
    [InlineData("1.234,5")]
    [InlineData("1,234.5")]
    [InlineData("1.2.3")]
    [InlineData("1,2,3")]
    [InlineData("abc")]
    [InlineData("12a")]
    [InlineData("8 ETP")]
    [InlineData("-0,5")]
    public void TextNotADecimal_IsRejected(string text) =>
        Cultures.ForEach(() => Assert.True(CellValueParser.ParseDecimal(CellValue.FromText(text)).IsInvalid, text));

    [Fact]
    public void TwoDecimalMarks_MessageSaysSo()
    {
        var result = CellValueParser.ParseDecimal(CellValue.FromText("1.234,5"));
        Assert.StartsWith("« 1.234,5 » contient deux séparateurs décimaux.", result.Error);
    }

    [Theory]
    [InlineData("441 245 €", "441245")]
    [InlineData("441245€", "441245")]
    [InlineData("441245 €", "441245")]
    [InlineData("3 600,00 €", "3600")]
    [InlineData("3\u202F600,00\u00A0€", "3600")]
    [InlineData("11\u202F900,00 €", "11900")]
    [InlineData("EUR 12", "12")]
    [InlineData("12 EUR", "12")]
    [InlineData("12EUR", "12")]
    [InlineData("€12,5", "12.5")]
    [InlineData("€ 12,50", "12.5")]
    [InlineData("1500", "1500")]
    [InlineData("22800.5", "22800.5")]
    [InlineData("0", "0")]
    public void TextMoney_IsAccepted(string text, string expected) =>
        Cultures.ForEach(() => AssertValid(CellValueParser.ParseMoney(CellValue.FromText(text)), expected));

    [Theory]
    [InlineData(441245.00000000006d, "441245")]
    [InlineData(22800d, "22800")]
    [InlineData(12.34d, "12.34")]
    [InlineData(0.1d + 0.2d, "0.3")]
    public void NumberCellMoney_IsAccepted(double number, string expected) =>
        Cultures.ForEach(() => AssertValid(CellValueParser.ParseMoney(CellValue.FromNumber(number)), expected));

    [Fact]
    public void NoisyNumberCellMoney_HasTwoDecimals()
    {
        var result = CellValueParser.ParseMoney(CellValue.FromNumber(441245.00000000006));
        Assert.Equal(441245.00m, result.Value);
        Assert.Equal("441245.00", result.Value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("12,345 €")]
    [InlineData("12.345")]
    [InlineData("1.200 €")]
    [InlineData("-12 €")]
    [InlineData("€ -12")]
    [InlineData("douze €")]
    [InlineData("1.234,56 €")]
    [InlineData("12 € 50")]
    [InlineData("€")]
    public void TextNotAMoneyAmount_IsRejected(string text) =>
        Cultures.ForEach(() => Assert.True(CellValueParser.ParseMoney(CellValue.FromText(text)).IsInvalid, text));

    [Theory]
    [InlineData(12.345d)]
    [InlineData(-5d)]
    [InlineData(0.001d)]
    public void NumberCellNotAMoneyAmount_IsRejected(double number) =>
        Cultures.ForEach(() => Assert.True(CellValueParser.ParseMoney(CellValue.FromNumber(number)).IsInvalid));

    [Fact]
    public void ThreeDecimals_MessageSaysAtMostTwo()
    {
        var result = CellValueParser.ParseMoney(CellValue.FromText("12,345 €"));
        Assert.StartsWith("« 12,345 € » a plus de 2 décimales.", result.Error);
    }

    private static void AssertValid(CellParseResult<decimal> result, string expected)
    {
        Assert.True(result.IsValid, result.Error);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Value);
    }
}
