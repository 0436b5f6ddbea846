using System.Diagnostics;
using System.Text;
using System.Xml;
using FederationFunctions.Core.Tests.TestSupport;
using FederationFunctions.Core.Workbooks;
using FederationFunctions.Core.Workbooks.Xlsx;

namespace FederationFunctions.Core.Tests.Workbooks;

/// <summary>
/// <see cref="Utf8WorksheetPartParser"/> against <see cref="WorksheetPartParser"/> on the same bytes: the shapes producers
/// write must be read by the fast path, with results identical to the XmlReader parser's; anything else may be declined
/// (null) but never read differently. The cases are in <see cref="WorksheetXmlCases"/>.
/// </summary>
public class Utf8WorksheetPartParserTests
{
    public static TheoryData<string> ProducerShapes() => WorksheetXmlCases.ProducerShapeNames();

    public static TheoryData<string> UnusualValues() => WorksheetXmlCases.UnusualValueNames();

    public static TheoryData<string> DeclinedOrRejected() => WorksheetXmlCases.DeclinedOrRejectedNames();

    public static TheoryData<string> AllCases() => WorksheetXmlCases.AllNames();

    public static TheoryData<string, int> ProducerShapesInChunks()
    {
        var data = new TheoryData<string, int>();
        foreach (var (name, sample) in WorksheetXmlCases.ProducerShapes)
        {
            // Token boundaries at every byte; and a chunk that is not a power of two, to move the boundaries of a buffered reader.
            int[] sizes = sample.Bytes.Length > 200_000 ? [4093] : [1, 3, 4093];
            foreach (var size in sizes)
            {
                data.Add(name, size);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ProducerShapes))]
    public void ProducerShape_IsTakenByTheFastPathAndReadAsTheXmlReaderReadsIt(string name)
    {
        var sample = WorksheetXmlCases.Get(name);

        WorksheetParsers.AssertTakenAndEqual(sample.Bytes, sample.Settings);
    }

    [Theory]
    [MemberData(nameof(UnusualValues))]
    public void UnusualCellValues_AreTakenByTheFastPathAndReadAsTheXmlReaderReadsThem(string name)
    {
        var sample = WorksheetXmlCases.Get(name);

        WorksheetParsers.AssertTakenAndEqual(sample.Bytes, sample.Settings);
    }

    [Theory]
    [MemberData(nameof(DeclinedOrRejected))]
    public void DeclinedOrRejectedPart_IsNeverReadDifferentlyFromTheXmlReader(string name)
    {
        var sample = WorksheetXmlCases.Get(name);

        WorksheetParsers.AssertContract(sample.Bytes, sample.Settings);
    }

    [Theory]
    [MemberData(nameof(DeclinedOrRejected))]
    public void DeclinedOrRejectedPart_ReadInSmallChunks_IsNeverReadDifferentlyFromTheXmlReader(string name)
    {
        var sample = WorksheetXmlCases.Get(name);

        // One byte at a time, except for the large parts (a start tag of 280 KB read one byte per read is needlessly slow).
        WorksheetParsers.AssertContract(sample.Bytes, sample.Settings, chunkSize: sample.Bytes.Length > 50_000 ? 4093 : 1);
    }

    [Theory]
    [MemberData(nameof(ProducerShapesInChunks))]
    public void ProducerShape_ReadInSmallChunks_IsTakenAndReadAsTheXmlReaderReadsIt(string name, int chunkSize)
    {
        var sample = WorksheetXmlCases.Get(name);

        WorksheetParsers.AssertTakenAndEqual(sample.Bytes, sample.Settings, chunkSize);
    }

    /// <summary>Checks the cases themselves: each one gives, with the XmlReader parser, the outcome it is meant to exercise.</summary>
    [Theory]
    [MemberData(nameof(AllCases))]
    public void Case_XmlReaderParserOutcome_IsTheOneTheCaseIsAbout(string name)
    {
        var sample = WorksheetXmlCases.Get(name);

        var outcome = WorksheetParsers.ReadWithXmlReader(sample.Bytes, sample.Settings);

        var actual = outcome.Exception switch
        {
            null => XmlReaderOutcome.Result,
            XmlException => XmlReaderOutcome.NotWellFormed,
            InvalidDataException => XmlReaderOutcome.SemanticError,
            _ => (XmlReaderOutcome)(-1),
        };
        Assert.True(sample.Expected == actual, $"Expected {sample.Expected}, the XmlReader parser gave {outcome}");
    }

    [Theory]
    [InlineData("excel")]
    [InlineData("entity_and_character_references")]
    [InlineData("number_forms")]
    [InlineData("iso_dates")]
    [InlineData("merge_cells")]
    public void Parts_UnderOtherCurrentCultures_AreReadTheSame(string name)
    {
        var sample = WorksheetXmlCases.Get(name);

        Cultures.ForEach(() => WorksheetParsers.AssertTakenAndEqual(sample.Bytes, sample.Settings));
    }

    [Fact]
    public void AwkwardTokens_AtTheBuffersEdges_AreTakenAndReadAsTheXmlReaderReadsThem()
    {
        foreach (var (name, bytes) in WorksheetXmlCases.BufferBoundaryParts())
        {
            var result = WorksheetParsers.AssertTakenAndEqual(bytes, WorksheetParseSettings.Default, label: name);
            Assert.True(result.Rows.Count == 1 && result.Rows[0].Cells.Count == 2, name);
        }
    }

    [Fact]
    public void OneParser_ReadsSeveralPartsInTurn_AsTheXmlReaderParserDoes()
    {
        var settings = WorksheetParseSettings.Default with { MaxNonBlankRows = 3 };
        var parser = new Utf8WorksheetPartParser(settings.SharedStrings, settings.Styles, settings.MaxNonBlankRows, settings.DateSerialOffset);
        string[] names = ["excel", "row_limit_passed", "closedxml", "shared_string_out_of_range", "chartsheet_root", "duplicate_columns", "prefixed_spreadsheetml", "sparse_rows"];

        foreach (var name in names)
        {
            var bytes = WorksheetXmlCases.Get(name).Bytes;
            var reference = WorksheetParsers.ReadWithXmlReader(bytes, settings);
            ParseOutcome fast;
            try
            {
                using var stream = new MemoryStream(bytes, writable: false);
                fast = new ParseOutcome(parser.TryParse(stream, CancellationToken.None), null);
            }
            catch (InvalidDataException exception)
            {
                fast = new ParseOutcome(null, exception);
            }

            Assert.True(WorksheetParsers.ContractViolation(reference, fast) is null, $"{name}: {WorksheetParsers.ContractViolation(reference, fast)}");
            Assert.True(reference.Exception is not null || fast.Result is not null, $"{name}: the fast path was not taken");
        }
    }

    /// <summary>
    /// A hostile part can be small once zipped and still hold a start tag with tens of thousands of attributes (or
    /// namespace declarations): checking them for duplicates pair by pair would take seconds per tag, where the XmlReader
    /// takes milliseconds. The fast parser, taking the part or declining it, must stay within a small multiple of the XmlReader.
    /// </summary>
    [Theory]
    [InlineData("attributes")]
    [InlineData("prefixed attributes")]
    [InlineData("namespace declarations")]
    public void StartTagWithTensOfThousandsOfAttributes_IsReadInLinearTime(string kind)
    {
        const int Count = 40_000;
        var attributes = kind switch
        {
            "attributes" => string.Join(' ', Enumerable.Range(0, Count).Select(i => $"a{i}=\"{i}\"")),
            "prefixed attributes" => "xmlns:p=\"urn:p\" xmlns:q=\"urn:q\" " + string.Join(' ', Enumerable.Range(0, Count).Select(i => $"{(i % 2 == 0 ? 'p' : 'q')}:a{i}=\"{i}\"")),
            _ => string.Join(' ', Enumerable.Range(0, Count).Select(i => $"xmlns:p{i}=\"urn:{i}\"")),
        };
        var bytes = Encoding.UTF8.GetBytes(WorksheetXmlCases.Worksheet($"<row r=\"1\"><c r=\"B1\" {attributes}><v>1</v></c></row>"));
        var settings = WorksheetParseSettings.Default;
        WorksheetParsers.ReadWithXmlReader(bytes, settings);

        var reference = Stopwatch.StartNew();
        WorksheetParsers.ReadWithXmlReader(bytes, settings);
        reference.Stop();
        var fast = Stopwatch.StartNew();
        var outcome = WorksheetParsers.ReadWithUtf8(bytes, settings);
        fast.Stop();

        Assert.True(outcome.Exception is null, outcome.ToString());
        var budget = TimeSpan.FromSeconds(1) + (reference.Elapsed * 10);
        Assert.True(fast.Elapsed < budget, $"The fast parser took {fast.ElapsedMilliseconds} ms for {Count} {kind} in a start tag, the XmlReader parser {reference.ElapsedMilliseconds} ms.");
    }

    [Fact]
    public void CancelledToken_StopsBothParsers()
    {
        var sample = WorksheetXmlCases.Get("cancellation_token_not_cancelled");
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var reference = WorksheetParsers.ReadWithXmlReader(sample.Bytes, sample.Settings, cancellation.Token);
        var fast = WorksheetParsers.ReadWithUtf8(sample.Bytes, sample.Settings, cancellationToken: cancellation.Token);

        Assert.IsAssignableFrom<OperationCanceledException>(reference.Exception);
        Assert.IsAssignableFrom<OperationCanceledException>(fast.Exception);
    }

    // What the XmlReader parser does with the parts above, spelled out: the fast parser has to do the same. These pass
    // whatever the fast parser does; they make sure that the differential cases exercise what they claim to.

    [Fact]
    public void XmlReaderParser_LineEnds_BecomeLineFeedsInTextAndSpacesInAttributes()
    {
        var result = Reference("whitespace_crlf_and_tabs");

        var row = result.Rows.Single(r => r.RowNumber == 1);
        Assert.Equal(CellValue.FromText("a\nb\nc\n\td  "), row[2]);
        Assert.Equal(CellValue.FromText("line\nbreak"), row[3]);
        Assert.Equal(CellValue.FromNumber(45000), row[4]);
        Assert.Equal(CellValue.FromNumber(45000), row[5]);
        Assert.Equal(CellValue.FromText("  \n  "), row[6]);
        Assert.Equal(CellValue.FromNumber(9), row[7]);
        Assert.Equal([1, 2, 9], result.Rows.Select(r => r.RowNumber));
        Assert.Equal(["A1: B2", "C3:D4"], result.MergedRanges);
    }

    [Fact]
    public void XmlReaderParser_LoneCarriageReturns_BecomeLineFeeds()
    {
        var result = Reference("lone_cr_line_ends");

        Assert.Equal(CellValue.FromText("a\nb\n\nc\n"), result.Rows[0][0]);
        Assert.Equal(CellValue.FromText("x\ny\n\nz"), result.Rows[0][1]);
        Assert.Equal(["A2: B2"], result.MergedRanges);
    }

    [Fact]
    public void XmlReaderParser_CharacterReferences_AreKeptAsWritten()
    {
        var result = Reference("entity_and_character_references");

        var row = result.Rows[0];
        Assert.Equal(CellValue.FromText("&<>\"' ééé😀😀 AB a\r\nb\tc\r"), row[0]);
        Assert.Equal(CellValue.FromNumber(42), row[2]);
        Assert.Equal(CellValue.FromText("59-LIL-001"), row[3]);
        Assert.True(row[4].IsDateFormatted);
        Assert.Equal(CellValue.FromText("A A"), row[5]);
        Assert.Equal(["A1:B2", "C\n1"], result.MergedRanges);
    }

    [Fact]
    public void XmlReaderParser_NegativeZero_KeepsItsSign()
    {
        var row = Reference("number_forms").Rows[0];

        Assert.Equal(BitConverter.DoubleToInt64Bits(-0.0), BitConverter.DoubleToInt64Bits(row[0].Number));
        Assert.Equal(BitConverter.DoubleToInt64Bits(-0.0), BitConverter.DoubleToInt64Bits(row[21].Number));
        Assert.Equal(0, BitConverter.DoubleToInt64Bits(row[1].Number));
    }

    [Fact]
    public void XmlReaderParser_CellAttributes_AreMatchedByLocalName_RowAndMergeAttributesByQualifiedName()
    {
        var cells = Reference("namespace_declarations_named_like_cell_attributes").Rows[0];
        var prefixed = Reference("prefixed_cell_attributes").Rows[0];
        var rows = Reference("prefixed_row_and_merge_attributes");

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
    public void XmlReaderParser_RowsOfWhiteSpaceOnly_AreDroppedAndNotCounted()
    {
        var result = Reference("row_of_white_space_only");

        Assert.False(result.TooManyRows);
        Assert.Equal([2, 3, 4], result.Rows.Select(r => r.RowNumber));
        Assert.Equal(CellValue.FromText("  "), result.Rows[0][0]);
    }

    [Fact]
    public void XmlReaderParser_StopsAtTheRowLimit_WithoutReadingWhatFollows()
    {
        Assert.True(Reference("semantic_error_after_row_limit").TooManyRows);
        Assert.True(Reference("not_well_formed_far_after_row_limit").TooManyRows);
        Assert.False(Reference("semantic_error_in_chartsheet").IsWorksheet);
    }

    [Fact]
    public void XmlReaderParser_InlineRuns_AreJoinedBeforeExcelEscapesAreDecoded()
    {
        var row = Reference("inline_string_runs").Rows[0];

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
    public void XmlReaderParser_WhiteSpaceOutsideXml_IsTrimmedFromValues()
    {
        var row = Reference("white_space_trimmed_by_dotnet_not_xml").Rows[0];

        Assert.Equal(CellValue.FromNumber(42), row[0]);
        Assert.Equal(CellValue.FromText("59-LIL-001"), row[1]);
        Assert.Equal(CellValue.FromBoolean(true), row[2]);
        Assert.Equal(CellValue.FromError("#N/A"), row[3]);
        Assert.Equal(CellValue.FromNumber(5), row[4]);
    }

    [Fact]
    public void XmlReaderParser_BlankAndEmptyValues_DependOnTheType()
    {
        var blanks = Reference("blank_values").Rows[0];
        var booleansAndErrors = Reference("booleans_and_errors").Rows[0];

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
        Assert.Equal(@"<a b='\r\n\t'>\\\x00\xC3\xA9</a>", WorksheetParsers.Escape(Encoding.UTF8.GetBytes("<a b='\r\n\t'>\\\0é</a>")));
    }

    private static WorksheetReadResult Reference(string name)
    {
        var sample = WorksheetXmlCases.Get(name);
        var outcome = WorksheetParsers.ReadWithXmlReader(sample.Bytes, sample.Settings);
        Assert.True(outcome.Result is not null, $"{name}: {outcome}");
        return outcome.Result!;
    }
}
