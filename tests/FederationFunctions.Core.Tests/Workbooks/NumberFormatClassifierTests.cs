using FederationFunctions.Core.Workbooks.Xlsx;

namespace FederationFunctions.Core.Tests.Workbooks;

public class NumberFormatClassifierTests
{
    [Theory]
    [InlineData(14, true)]
    [InlineData(22, true)]
    [InlineData(27, true)]
    [InlineData(36, true)]
    [InlineData(45, true)]
    [InlineData(47, true)]
    [InlineData(50, true)]
    [InlineData(58, true)]
    [InlineData(0, false)]
    [InlineData(2, false)]
    [InlineData(13, false)]
    [InlineData(23, false)]
    [InlineData(37, false)]
    [InlineData(44, false)]
    [InlineData(48, false)]
    [InlineData(49, false)]
    [InlineData(59, false)]
    public void BuiltInFormat_IsDateOnlyInExcelsDateRanges(int id, bool isDate) =>
        Assert.Equal(isDate, NumberFormatClassifier.IsBuiltInDateFormat(id));

    [Theory]
    [InlineData("dd/mm/yyyy")]
    [InlineData("d mmmm yyyy")]
    [InlineData("[$-40C]d mmmm yyyy;@")]
    [InlineData("hh:mm")]
    [InlineData("[h]")]
    [InlineData("[mm]:ss")]
    [InlineData("yyyy-mm-dd hh:mm:ss")]
    [InlineData("\"Le \"dd/mm")]
    [InlineData("[Red]dd/mm/yy")]
    [InlineData("DD/MM/YYYY")]
    public void CustomDateOrTimeCode_IsDate(string code) => Assert.True(NumberFormatClassifier.IsDateFormatCode(code));

    [Theory]
    [InlineData("General")]
    [InlineData("0.00")]
    [InlineData("#,##0.00\\ \"€\"")]
    [InlineData("#,##0.00\" €\"")]
    [InlineData("[Red]0.00")]
    [InlineData("[<100]0;[Blue]0")]
    [InlineData("0\" days\"")]
    [InlineData("0.00\\h")]
    [InlineData("_-* #,##0 _€_-;\\-* #,##0 _€_-")]
    [InlineData("0.00E+00")]
    [InlineData("@")]
    public void NumberOrTextCode_IsNotDate(string code) => Assert.False(NumberFormatClassifier.IsDateFormatCode(code));
}
