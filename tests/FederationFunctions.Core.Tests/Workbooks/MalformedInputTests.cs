using System.Xml;
using FederationFunctions.Core.Workbooks;
using FederationFunctions.Core.Workbooks.Xlsx;

namespace FederationFunctions.Core.Tests.Workbooks;

/// <summary>
/// Only the exceptions malformed input raises are "not a workbook"; any other one is a defect of the reader and must
/// surface as a failure instead of telling a centre its file is broken.
/// </summary>
public class MalformedInputTests
{
    public static TheoryData<Exception, bool> Exceptions => new()
    {
        { new InvalidDataException("corrupt zip"), true },
        { new XmlException("not well formed"), true },
        { new ArgumentException("a bug"), false },
        { new IndexOutOfRangeException(), false },
        { new NullReferenceException(), false },
        { new OverflowException(), false },
        { new NotSupportedException(), false },
        { new IOException("a stream failed"), false },
        { new FormatException(), false },
    };

    [Theory]
    [MemberData(nameof(Exceptions))]
    public void Exception_IsMalformedInputOnlyWhenMalformedInputRaisesIt(Exception exception, bool expected)
    {
        Assert.Equal(expected, MalformedInput.IsMalformedInput(exception));
    }

    /// <summary>A hand-made package that repeats a relationship id reads (the first one wins) instead of throwing ArgumentException.</summary>
    [Fact]
    public async Task RepeatedRelationshipId_FirstRelationshipWins()
    {
        var bytes = RawPackageBuilder.RewriteEntry(
            RawPackageBuilder.Workbook("Feuil1", RawPackageBuilder.Worksheet("<row r=\"1\"><c r=\"A1\"><v>7</v></c></row>")).Build(),
            "xl/_rels/workbook.xml.rels",
            rels => rels.Replace("</Relationships>", $"<Relationship Id=\"rIdS1\" Type=\"{RawPackageBuilder.WorksheetType}\" Target=\"worksheets/missing.xml\"/></Relationships>", StringComparison.Ordinal));

        var workbook = await WorkbookReading.ReadSuccessfullyAsync(bytes);

        Assert.Equal(CellValue.FromNumber(7), workbook.Cell("Feuil1", 1, 0));
    }
}
