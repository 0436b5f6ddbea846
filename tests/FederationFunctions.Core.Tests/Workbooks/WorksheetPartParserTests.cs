using System.Text;
using System.Xml;
using FederationFunctions.Core.Tests.TestSupport;
using FederationFunctions.Core.Workbooks;
using FederationFunctions.Core.Workbooks.Xlsx;

namespace FederationFunctions.Core.Tests.Workbooks;

/// <summary>
/// <see cref="WorksheetPartParser"/> on the worksheet parts of <see cref="WorksheetXmlCases"/>: what producers write, unusual
/// cell values, and parts it must refuse. Hostile and mutated parts are in the Hostile folder.
/// </summary>
public class WorksheetPartParserTests
{
    public static TheoryData<string> AllCases() => WorksheetXmlCases.AllNames();

    /// <summary>Each case gives the outcome it is about: a result, a part that is not well formed, or a cell that cannot be read.</summary>
    [Theory]
    [MemberData(nameof(AllCases))]
    public void Case_ParserOutcome_IsTheOneTheCaseIsAbout(string name)
    {
        var sample = WorksheetXmlCases.Get(name);

        var outcome = WorksheetPartReading.Read(sample.Bytes, sample.Settings);

        var actual = outcome.Exception switch
        {
            null => XmlReaderOutcome.Result,
            XmlException => XmlReaderOutcome.NotWellFormed,
            InvalidDataException => XmlReaderOutcome.SemanticError,
            _ => (XmlReaderOutcome)(-1),
        };
        Assert.True(sample.Expected == actual, $"Expected {sample.Expected}, the parser gave {outcome}");
    }

    [Theory]
    [InlineData("excel")]
    [InlineData("entity_and_character_references")]
    [InlineData("number_forms")]
    [InlineData("iso_dates")]
    [InlineData("merge_cells")]
    public void Parts_UnderOtherCurrentCultures_AreReadTheSame(string name)
    {
        var expected = Read(name);

        Cultures.ForEach(() => Assert.Null(WorksheetPartReading.Difference(expected, Read(name))));
    }

    [Fact]
    public void CancelledToken_StopsTheParser()
    {
        var sample = WorksheetXmlCases.Get("cancellation_token_not_cancelled");
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var outcome = WorksheetPartReading.Read(sample.Bytes, sample.Settings, cancellation.Token);

        Assert.IsAssignableFrom<OperationCanceledException>(outcome.Exception);
    }


    [Fact]
    public void LineEnds_BecomeLineFeedsInTextAndSpacesInAttributes()
    {
        var result = Read("whitespace_crlf_and_tabs");

        var row = result.Rows.Single(r => r.RowNumber == 1);
        Assert.Equal(CellValue.FromText("a\nb\nc\n\td  "), row[2]);
        Assert.Equal(CellValue.FromText("line\nbreak"), row[3]);
        Assert.Equal(CellValue.FromNumber(45000), row[4]);
        Assert.Equal(CellValue.FromNumber(45000), row[5]);
        Assert.Equal(CellValue.Blank, row[6]);
        Assert.Equal(CellValue.FromNumber(9), row[7]);
        Assert.Equal([1, 2, 9], result.Rows.Select(r => r.RowNumber));
        Assert.Equal(["A1: B2", "C3:D4"], result.MergedRanges);
    }

    [Fact]
    public void LoneCarriageReturns_BecomeLineFeeds()
    {
        var result = Read("lone_cr_line_ends");

        Assert.Equal(CellValue.FromText("a\nb\n\nc\n"), result.Rows[0][0]);
        Assert.Equal(CellValue.FromText("x\ny\n\nz"), result.Rows[0][1]);
        Assert.Equal(["A2: B2"], result.MergedRanges);
    }

    [Fact]
    public void CharacterReferences_AreKeptAsWritten()
    {
        var result = Read("entity_and_character_references");

        var row = result.Rows[0];
        Assert.Equal(CellValue.FromText("&<>\"' ééé😀😀 AB a\r\nb\tc\r"), row[0]);
        Assert.Equal(CellValue.FromNumber(42), row[2]);
        Assert.Equal(CellValue.FromText("59-LIL-001"), row[3]);
        Assert.True(row[4].IsDateFormatted);
        Assert.Equal(CellValue.FromText("A A"), row[5]);
        Assert.Equal(["A1:B2", "C\n1"], result.MergedRanges);
    }

    [Fact]
    public void NegativeZero_KeepsItsSign()
    {
        var row = Read("number_forms").Rows[0];

        Assert.Equal(BitConverter.DoubleToInt64Bits(-0.0), BitConverter.DoubleToInt64Bits(row[0].Number));
        Assert.Equal(BitConverter.DoubleToInt64Bits(-0.0), BitConverter.DoubleToInt64Bits(row[21].Number));
        Assert.Equal(0, BitConverter.DoubleToInt64Bits(row[1].Number));
    }

    [Fact]
    public void CellAttributes_AreMatchedByLocalName_RowAndMergeAttributesByQualifiedName()
    {
        var cells = Read("namespace_declarations_named_like_cell_attributes").Rows[0];
        var prefixed = Read("prefixed_cell_attributes").Rows[0];
        var rows = Read("prefixed_row_and_merge_attributes");

        // xmlns:r="C1" is an attribute whose local name is r: the cell lands in C.
        Assert.Equal(CellValue.FromNumber(1), cells[2]);
        Assert.Equal(CellValue.FromText("Libellé"), cells[3]);
        Assert.Equal(CellValue.FromNumber(45000, isDateFormatted: true), cells[4]);
        Assert.Equal(CellValue.FromNumber(4), cells[5]);
        Assert.Equal(CellValue.FromNumber(2), prefixed[1]);
        Assert.Equal(CellValue.FromText("Libellé"), prefixed[2]);
        Assert.Equal(CellValue.FromNumber(45000, isDateFormatted: true), prefixed[3]);
        Assert.Equal([1, 7], rows.Rows.Select(r => r.RowNumber));
        Assert.Equal(["C1:D1"], rows.MergedRanges);
    }

    [Fact]
    public void RowsOfWhiteSpaceOnly_AreDroppedAndNotCounted()
    {
        var result = Read("row_of_white_space_only");

        Assert.False(result.TooManyRows);
        Assert.Equal([2, 3, 4], result.Rows.Select(r => r.RowNumber));
        Assert.Equal(CellValue.Blank, result.Rows[0][0]);
    }

    [Fact]
    public void StopsAtTheRowLimit_WithoutReadingWhatFollows()
    {
        Assert.True(Read("semantic_error_after_row_limit").TooManyRows);
        Assert.True(Read("not_well_formed_far_after_row_limit").TooManyRows);
        Assert.False(Read("semantic_error_in_chartsheet").IsWorksheet);
    }

    [Fact]
    public void InlineRuns_AreJoinedBeforeExcelEscapesAreDecoded()
    {
        var row = Read("inline_string_runs").Rows[0];

        Assert.Equal(CellValue.FromText("Centre social"), row[1]);
        Assert.Equal(CellValue.FromText("A"), row[2]);
        Assert.Equal(CellValue.FromText("kept"), row[3]);
        Assert.Equal(CellValue.FromText("deep"), row[4]);
        Assert.Equal(CellValue.FromText("from v_x0041_"), row[8]);
        Assert.Equal(CellValue.FromText("unknown type without value"), row[13]);
        Assert.Equal(CellValue.FromText("second"), row[14]);
        Assert.Equal(CellValue.FromText("anestedc"), row[15]);
    }

    [Fact]
    public void WhiteSpaceOutsideXml_IsTrimmedFromValues()
    {
        var row = Read("white_space_trimmed_by_dotnet_not_xml").Rows[0];

        Assert.Equal(CellValue.FromNumber(42), row[0]);
        Assert.Equal(CellValue.FromText("59-LIL-001"), row[1]);
        Assert.Equal(CellValue.FromBoolean(true), row[2]);
        Assert.Equal(CellValue.FromError("#N/A"), row[3]);
        Assert.Equal(CellValue.FromNumber(5), row[4]);
    }

    [Fact]
    public void BlankAndEmptyValues_DependOnTheType()
    {
        var blanks = Read("blank_values").Rows[0];
        var booleansAndErrors = Read("booleans_and_errors").Rows[0];

        Assert.Equal(CellValue.Blank, blanks[0]);
        Assert.Equal(CellValue.FromFormulaWithoutValue("A1"), blanks[3]);
        Assert.Equal(CellValue.FromFormulaWithoutValue(string.Empty), blanks[8]);
        Assert.Equal(CellValue.FromBoolean(false), booleansAndErrors[8]);
        Assert.Equal(CellValue.Blank, booleansAndErrors[9]);
        Assert.Equal(CellValue.FromError(string.Empty), booleansAndErrors[13]);
    }

    [Fact]
    public void Escape_ShowsEveryByteSoThatAMutantCanBeRebuilt()
    {
        Assert.Equal(@"<a b='\r\n\t'>\\\x00\xC3\xA9</a>", WorksheetPartReading.Escape(Encoding.UTF8.GetBytes("<a b='\r\n\t'>\\\0é</a>")));
    }

    private static WorksheetReadResult Read(string name)
    {
        var sample = WorksheetXmlCases.Get(name);
        var outcome = WorksheetPartReading.Read(sample.Bytes, sample.Settings);
        Assert.True(outcome.Result is not null, $"{name}: {outcome}");
        return outcome.Result!;
    }
}
