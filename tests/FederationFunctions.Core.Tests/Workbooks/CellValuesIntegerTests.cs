using FederationFunctions.Core.Tests.TestSupport;
using FederationFunctions.Core.Workbooks;
using FederationFunctions.Core.Workbooks.CellValues;

namespace FederationFunctions.Core.Tests.Workbooks;

public class CellValuesIntegerTests
{
    [Theory]
    [InlineData(12d, 12)]
    [InlineData(0d, 0)]
    [InlineData(12.0000000004d, 12)]
    [InlineData(11.9999999996d, 12)]
    [InlineData(1514d, 1514)]
    public void NumberCellWithoutFraction_IsAccepted(double number, int expected) =>
        Cultures.ForEach(() => AssertValid(CellValue.FromNumber(number), expected));

    [Theory]
    [InlineData("12", 12)]
    [InlineData(" 12 ", 12)]
    [InlineData("\u00A012\u00A0", 12)]
    [InlineData("1 200", 1200)]
    [InlineData("1\u00A0200", 1200)]
    [InlineData("1\u202F200", 1200)]
    [InlineData("1 234 567", 1234567)]
    [InlineData("0", 0)]
    [InlineData("12,0", 12)]
    [InlineData("12.00", 12)]
    public void TextInteger_IsAccepted(string text, int expected) =>
        Cultures.ForEach(() => AssertValid(CellValue.FromText(text), expected));

    [Theory]
    [InlineData("12,5")]
    [InlineData("douze")]
    [InlineData("-3")]
    [InlineData("1.200")]
    [InlineData("1,200")]
    [InlineData("12 00")]
    [InlineData("1 2345")]
    [InlineData("12a")]
    [InlineData("+")]
    [InlineData("3000000000")]
    public void TextNotAWholeNumber_IsRejected(string text) =>
        Cultures.ForEach(() => Assert.True(CellValueParser.ParseInteger(CellValue.FromText(text)).IsInvalid, text));

    [Theory]
    [InlineData(12.5d)]
    [InlineData(-3d)]
    [InlineData(12.001d)]
    [InlineData(double.NaN)]
    public void NumberCellWithFractionOrNegative_IsRejected(double number) =>
        Cultures.ForEach(() => Assert.True(CellValueParser.ParseInteger(CellValue.FromNumber(number)).IsInvalid));

    [Fact]
    public void Douze_MessageQuotesTheValueAndGivesAnExample()
    {
        var result = CellValueParser.ParseInteger(CellValue.FromText("douze"));
        Assert.Equal("« douze » n'est pas un nombre entier. Saisissez un nombre, par exemple 12.", result.Error);
    }

    [Fact]
    public void Negative_MessageAsksForAPositiveNumber()
    {
        var result = CellValueParser.ParseInteger(CellValue.FromText("-3"));
        Assert.Equal("« -3 » est négatif. Saisissez un nombre positif ou 0.", result.Error);
    }

    [Fact]
    public void DotThousands_MessageSaysItIsAmbiguous()
    {
        var result = CellValueParser.ParseInteger(CellValue.FromText("1.200"));
        Assert.StartsWith("« 1.200 » est ambigu", result.Error);
    }

    [Fact]
    public void BlankCell_IsBlankNotInvalid()
    {
        Assert.True(CellValueParser.ParseInteger(CellValue.Blank).IsBlank);
        Assert.True(CellValueParser.ParseInteger(CellValue.FromText("   ")).IsBlank);
    }

    [Fact]
    public void BooleanCell_IsRejected() =>
        Assert.True(CellValueParser.ParseInteger(CellValue.FromBoolean(true)).IsInvalid);

    [Fact]
    public void ErrorCell_IsRejectedNamingTheError()
    {
        var result = CellValueParser.ParseInteger(CellValue.FromError("#N/A"));
        Assert.True(result.IsInvalid);
        Assert.Contains("#N/A", result.Error);
    }

    [Fact]
    public void FormulaWithoutCachedValue_IsRejectedShowingTheFormula()
    {
        var result = CellValueParser.ParseInteger(CellValue.FromFormulaWithoutValue("SUM(A1:A3)"));
        Assert.True(result.IsInvalid);
        Assert.Contains("=SUM(A1:A3)", result.Error);
        Assert.Contains("n'a pas de valeur calculée", result.Error);
    }

    private static void AssertValid(CellValue cell, int expected)
    {
        var result = CellValueParser.ParseInteger(cell);
        Assert.True(result.IsValid, result.Error);
        Assert.Equal(expected, result.Value);
    }
}
