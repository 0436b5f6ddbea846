using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Tests.Workbooks;

public class CellReferenceTests
{
    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(27, "AB")]
    [InlineData(51, "AZ")]
    [InlineData(52, "BA")]
    [InlineData(299, "KN")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    [InlineData(16_383, "XFD")]
    public void ColumnIndex_RoundTripsThroughLetters(int index, string letters)
    {
        Assert.Equal(letters, CellReference.ColumnLetters(index));
        Assert.True(CellReference.TryParseColumn(letters, out var parsed));
        Assert.Equal(index, parsed);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(16_384)]
    public void ColumnIndexOutsideTheSheet_Throws(int index) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CellReference.ColumnLetters(index));

    [Theory]
    [InlineData("B7", 1, 7)]
    [InlineData("b7", 1, 7)]
    [InlineData("$C$12", 2, 12)]
    [InlineData("XFD1048576", 16_383, 1_048_576)]
    [InlineData("AA1", 26, 1)]
    public void ValidReference_Parses(string reference, int column, int row)
    {
        Assert.True(CellReference.TryParse(reference, out var parsedColumn, out var parsedRow));
        Assert.Equal(column, parsedColumn);
        Assert.Equal(row, parsedRow);
    }

    [Theory]
    [InlineData("")]
    [InlineData("7")]
    [InlineData("B")]
    [InlineData("B0")]
    [InlineData("XFE1")]
    [InlineData("A1048577")]
    [InlineData("A1:B2")]
    [InlineData("É1")]
    public void InvalidReference_DoesNotParse(string reference) =>
        Assert.False(CellReference.TryParse(reference, out _, out _));

    [Fact]
    public void Format_JoinsLettersAndRow() => Assert.Equal("AB12", CellReference.Format(27, 12));
}
