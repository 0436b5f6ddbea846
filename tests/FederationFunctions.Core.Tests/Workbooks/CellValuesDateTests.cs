using FederationFunctions.Core.Tests.TestSupport;
using FederationFunctions.Core.Workbooks;
using FederationFunctions.Core.Workbooks.CellValues;

namespace FederationFunctions.Core.Tests.Workbooks;

public class CellValuesDateTests
{
    [Theory]
    [InlineData(45000d, 2023, 3, 15)]
    [InlineData(44927d, 2023, 1, 1)]
    [InlineData(44928.75d, 2023, 1, 2)]
    [InlineData(45291d, 2023, 12, 31)]
    public void DateFormattedNumberCell_IsReadAsExcelSerial(double serial, int year, int month, int day) =>
        Cultures.ForEach(() => AssertValid(CellValue.FromNumber(serial, isDateFormatted: true), new DateOnly(year, month, day)));

    [Theory]
    [InlineData("15/03/2023", 2023, 3, 15)]
    [InlineData("5/3/2023", 2023, 3, 5)]
    [InlineData("15/03/23", 2023, 3, 15)]
    [InlineData("01/01/00", 2000, 1, 1)]
    [InlineData("15-03-2023", 2023, 3, 15)]
    [InlineData("2023-03-15", 2023, 3, 15)]
    [InlineData("2023-05-12", 2023, 5, 12)]
    [InlineData("12 mai 2023", 2023, 5, 12)]
    [InlineData("12 MAI 2023", 2023, 5, 12)]
    [InlineData("1er juin 2023", 2023, 6, 1)]
    [InlineData("1 er juin 2023", 2023, 6, 1)]
    [InlineData("15 février 2023", 2023, 2, 15)]
    [InlineData("15 fevrier 2023", 2023, 2, 15)]
    [InlineData("15 Août 2023", 2023, 8, 15)]
    [InlineData("15 aout 2023", 2023, 8, 15)]
    [InlineData("3 décembre 2023", 2023, 12, 3)]
    [InlineData("3 DECEMBRE 2023", 2023, 12, 3)]
    [InlineData("31 janvier 2023", 2023, 1, 31)]
    [InlineData(" 29/02/2024 ", 2024, 2, 29)]
    public void TextDate_IsAccepted(string text, int year, int month, int day) =>
        Cultures.ForEach(() => AssertValid(CellValue.FromText(text), new DateOnly(year, month, day)));

    [Theory]
    [InlineData("05/13/2023")]
    [InlineData("31/02/2023")]
    [InlineData("29/02/2023")]
    [InlineData("00/01/2023")]
    [InlineData("2023/03/15")]
    [InlineData("15.03.2023")]
    [InlineData("demain")]
    [InlineData("12 mays 2023")]
    [InlineData("2er juin 2023")]
    [InlineData("15/03/202")]
    [InlineData("32 mai 2023")]
    public void TextNotADate_IsRejected(string text) =>
        Cultures.ForEach(() => Assert.True(CellValueParser.ParseDate(CellValue.FromText(text)).IsInvalid, text));

    [Fact]
    public void MonthThirteen_MessageSaysTheDateIsInvalidAndGivesTheFormat()
    {
        var result = CellValueParser.ParseDate(CellValue.FromText("05/13/2023"));
        Assert.Equal(
            "« 05/13/2023 » n'est pas une date valide (jour ou mois impossible). Saisissez une date au format jj/mm/aaaa (jour, mois, puis l'année sur 4 chiffres).",
            result.Error);
    }

    [Fact]
    public void NumberCellWithoutDateFormat_IsRejectedAskingForADate()
    {
        var result = CellValueParser.ParseDate(CellValue.FromNumber(45000));
        Assert.True(result.IsInvalid);
        Assert.Equal("« 45000 » est un nombre, pas une date. Saisissez une date au format jj/mm/aaaa (jour, mois, puis l'année sur 4 chiffres).", result.Error);
    }

    [Theory]
    [InlineData(0d)]
    [InlineData(-1d)]
    [InlineData(3_000_000d)]
    public void DateFormattedSerialOutOfRange_IsRejected(double serial) =>
        Assert.True(CellValueParser.ParseDate(CellValue.FromNumber(serial, isDateFormatted: true)).IsInvalid);

    [Fact]
    public void BooleanCell_IsRejected() =>
        Assert.True(CellValueParser.ParseDate(CellValue.FromBoolean(true)).IsInvalid);

    private static void AssertValid(CellValue cell, DateOnly expected)
    {
        var result = CellValueParser.ParseDate(cell);
        Assert.True(result.IsValid, result.Error);
        Assert.Equal(expected, result.Value);
    }
}
