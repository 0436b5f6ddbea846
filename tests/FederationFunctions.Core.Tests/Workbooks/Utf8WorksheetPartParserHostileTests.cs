using System.Text;
using FederationFunctions.Core.Workbooks;
using Xunit.Abstractions;

namespace FederationFunctions.Core.Tests.Workbooks;

/// <summary>
/// Hostile parts for the UTF-8 worksheet fast path (<see cref="FederationFunctions.Core.Workbooks.Xlsx.Utf8XmlTokenizer"/>,
/// <see cref="FederationFunctions.Core.Workbooks.Xlsx.Utf8WorksheetPartParser"/>) and its XmlReader fallback, whose memory
/// must stay within a few megabytes whatever the part declares, and a grammar-based differential generator.
/// (Written by a review: the first three failed — nesting depth cost ~200 MB for a 31 KB upload, 19 MB in the fast path
/// for a well-formed deep part, and sorting allocated per element past 16 attributes.)
/// </summary>
public class Utf8WorksheetPartParserHostileTests(ITestOutputHelper output)
{
    private const string WorksheetStart = "<worksheet xmlns=\"" + WorksheetXmlCases.MainNamespace + "\"><sheetData/>";

    /// <summary>
    /// A million unclosed <c>&lt;a&gt;</c> (a 3 MB part, a 31 KB upload). Without a depth limit the fast path grew its
    /// open-element stacks to the depth and the XmlReader fallback allocated a node per level (~150 bytes each): about
    /// 200 MB allocated for a 31 KB file. No producer nests worksheet elements more than ~10 deep: past
    /// <c>SecureXml.MaxElementDepth</c> (64) the file is refused.
    /// </summary>
    [Fact]
    public async Task DeeplyNestedUnclosedElements_AreRefusedWithBoundedMemory()
    {
        var part = new StringBuilder(WorksheetStart).Insert(WorksheetStart.Length, "<a>", 1_000_000).ToString();
        var zip = RawPackageBuilder.Workbook("Feuil1", part).Build();
        await new XlsxWorkbookReader().ReadAsync(new MemoryStream(RawPackageBuilder.Workbook("Feuil1", RawPackageBuilder.Worksheet(string.Empty)).Build()), "warm-up.xlsx", CancellationToken.None);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var result = await new XlsxWorkbookReader().ReadAsync(new MemoryStream(zip), "remontee.xlsx", CancellationToken.None);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        output.WriteLine($"upload {zip.Length} bytes, part {part.Length} bytes: {(result.Succeeded ? "read" : result.Refusal.Reason.ToString())}, {allocated / 1_000_000} MB allocated");
        Assert.Equal(FileRefusalReason.NotAWorkbook, result.Refusal?.Reason);
        Assert.True(allocated < 64L * 1024 * 1024, $"{allocated / 1_000_000} MB allocated to refuse a {zip.Length}-byte upload");
    }

    /// <summary>
    /// A well-formed part a million elements deep (7 MB, a 79 KB upload): the fast path used to take it, keeping two int
    /// arrays and a copy of every open name (19 MB). Both parsers now refuse it at depth 65, within a few megabytes.
    /// </summary>
    [Fact]
    public void DeeplyNestedWellFormedPart_IsRefusedByBothParsersWithinAFewMegabytes()
    {
        var builder = new StringBuilder(WorksheetStart);
        builder.Insert(builder.Length, "<a>", 1_000_000).Insert(builder.Length, "</a>", 1_000_000).Append("</worksheet>");
        var bytes = Encoding.UTF8.GetBytes(builder.ToString());
        WorksheetParsers.ReadWithUtf8("<worksheet><a><b/></a></worksheet>"u8.ToArray(), WorksheetParseSettings.Default);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var fast = WorksheetParsers.ReadWithUtf8(bytes, WorksheetParseSettings.Default);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Assert.IsType<InvalidDataException>(fast.Exception);
        Assert.True(allocated < 8L * 1024 * 1024, $"{allocated / 1_000_000} MB allocated by the fast path for a part one million elements deep ({fast})");
        Assert.IsType<InvalidDataException>(WorksheetParsers.ReadWithXmlReader(bytes, WorksheetParseSettings.Default).Exception);
    }

    /// <summary>
    /// Elements with more than 16 attributes have their duplicates looked for by <c>CheckDistinctBySorting</c>, which
    /// allocates on every such element (an index array, two comparison closures, a LINQ filter and its array): about
    /// 375 bytes per element, 75 MB for 200,000 of them (a 26 MB part) where the XmlReader parser allocates 0.8 MB; and
    /// 230 ms against the XmlReader's 140 ms. The fast path is meant to be allocation-free per node.
    /// </summary>
    [Fact]
    public void ManyElementsWithSeventeenAttributes_AreCheckedWithoutAllocatingPerElement()
    {
        var builder = new StringBuilder(WorksheetStart);
        for (var element = 0; element < 20_000; element++)
        {
            builder.Append("<x");
            for (var attribute = 0; attribute < 17; attribute++)
            {
                builder.Append(" a").Append(attribute).Append("=\"1\"");
            }

            builder.Append("/>");
        }

        var bytes = Encoding.UTF8.GetBytes(builder.Append("</worksheet>").ToString());
        WorksheetParsers.ReadWithUtf8(bytes, WorksheetParseSettings.Default);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var fast = WorksheetParsers.ReadWithUtf8(bytes, WorksheetParseSettings.Default);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Assert.NotNull(fast.Result);
        Assert.True(allocated < 1024 * 1024, $"{allocated / 1_000} KB allocated for 20,000 elements of 17 attributes ({allocated / 20_000} bytes each)");
    }

    /// <summary>
    /// Grammar-generated parts (<see cref="GrammarWorksheetGenerator"/>, fixed seeds), a third with malformations, read by
    /// both parsers, also a few bytes per read; and padded so that the first 64 KiB buffer edge cuts each part at a random
    /// byte. An ad-hoc run of 300,000 parts (142 MB) and 20,000 padded parts (1.3 GB) found no divergence.
    /// </summary>
    [Fact]
    public void GrammarGeneratedParts_AreNeverReadDifferentlyFromTheXmlReader()
    {
        const int Parts = 3_000;
        const int PaddedParts = 300;
        var failures = new List<string>();
        var readable = 0;
        var taken = 0;
        for (var index = 0; index < Parts + PaddedParts; index++)
        {
            var random = new Random(index + 1_000_003);
            var bytes = new GrammarWorksheetGenerator(random, malformations: random.Next(3) == 0).Generate();
            if (index >= Parts)
            {
                bytes = PadToCutAtTheFirstBufferEdge(bytes, random);
            }

            var settings = random.Next(8) == 0 ? WorksheetParseSettings.Default with { MaxNonBlankRows = random.Next(3) }
                : random.Next(2) == 0 ? WorksheetParseSettings.Default
                : WorksheetParseSettings.WithoutDateFormats;
            var reference = WorksheetParsers.ReadWithXmlReader(bytes, settings);
            var fast = WorksheetParsers.ReadWithUtf8(bytes, settings);
            var chunkSize = 1 + random.Next(7);
            var violation = WorksheetParsers.ContractViolation(reference, fast)
                ?? (WorksheetParsers.ContractViolation(reference, WorksheetParsers.ReadWithUtf8(bytes, settings, chunkSize)) is { } chunked ? $"read {chunkSize} bytes at a time: {chunked}" : null);
            readable += reference.Result is null ? 0 : 1;
            taken += fast.Result is null ? 0 : 1;
            if (violation is not null)
            {
                failures.Add($"part #{index}: {violation}\nXmlReader: {reference}\nFast: {fast}\nPart: {WorksheetParsers.Escape(bytes)}");
            }
        }

        output.WriteLine($"{Parts + PaddedParts} parts: the XmlReader parser reads {readable}, the fast path takes {taken}");
        Assert.True(failures.Count == 0, $"{failures.Count} parts break the contract. The first ones:\n\n{string.Join("\n\n", failures.Take(3))}");
        Assert.True(taken * 2 >= readable, $"the fast path took only {taken} of the {readable} parts the XmlReader parser reads");
    }

    /// <summary>White space after the root's start tag, so that byte 65,536 (the first buffer's end) falls at a random place in what follows.</summary>
    private static byte[] PadToCutAtTheFirstBufferEdge(byte[] bytes, Random random)
    {
        var root = bytes.AsSpan().IndexOf("worksheet"u8);
        if (root < 0)
        {
            return bytes;
        }

        var headEnd = root + bytes.AsSpan(root).IndexOf((byte)'>') + 1;
        var padLength = 65_536 - headEnd - random.Next(bytes.Length - headEnd + 1);
        if (padLength <= 0)
        {
            return bytes;
        }

        var pad = new byte[padLength];
        pad.AsSpan().Fill((byte)' ');
        pad[^1] = (byte)'\n';
        return [.. bytes.AsSpan(0, headEnd), .. pad, .. bytes.AsSpan(headEnd)];
    }
}
