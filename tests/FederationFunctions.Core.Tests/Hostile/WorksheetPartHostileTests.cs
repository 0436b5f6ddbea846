using System.Text;
using FederationFunctions.Core.Tests.Workbooks;
using FederationFunctions.Core.Workbooks;
using Xunit.Abstractions;

namespace FederationFunctions.Core.Tests.Hostile;

/// <summary>
/// Hostile worksheet parts: the reader's memory must stay within a few megabytes whatever the part declares, and
/// grammar-generated parts (a third of them malformed) must be read or refused as malformed, never with another exception.
/// (The nesting-depth tests were written by a review and failed: nesting cost ~200 MB for a 31 KB upload.)
/// </summary>
public class WorksheetPartHostileTests(ITestOutputHelper output)
{
    private const string WorksheetStart = "<worksheet xmlns=\"" + WorksheetXmlCases.MainNamespace + "\"><sheetData/>";

    /// <summary>
    /// A million unclosed <c>&lt;a&gt;</c> (a 3 MB part, a 31 KB upload). Without a depth limit the XmlReader
    /// allocates a node per level (~150 bytes each): about 200 MB allocated for a 31 KB file. No producer nests worksheet elements more than ~10 deep: past
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

    /// <summary>A well-formed part a million elements deep (7 MB, a 79 KB upload) is refused at depth 65, within a few megabytes.</summary>
    [Fact]
    public void DeeplyNestedWellFormedPart_IsRefusedWithinAFewMegabytes()
    {
        var builder = new StringBuilder(WorksheetStart);
        builder.Insert(builder.Length, "<a>", 1_000_000).Insert(builder.Length, "</a>", 1_000_000).Append("</worksheet>");
        var bytes = Encoding.UTF8.GetBytes(builder.ToString());
        WorksheetPartReading.Read("<worksheet><a><b/></a></worksheet>"u8.ToArray(), WorksheetParseSettings.Default);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var outcome = WorksheetPartReading.Read(bytes, WorksheetParseSettings.Default);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Assert.IsType<InvalidDataException>(outcome.Exception);
        Assert.True(allocated < 8L * 1024 * 1024, $"{allocated / 1_000_000} MB allocated for a part one million elements deep ({outcome})");
    }

    /// <summary>
    /// Grammar-generated parts (<see cref="GrammarWorksheetGenerator"/>, fixed seeds), a third with malformations: each is
    /// read, or refused with an exception the reader takes for malformed input. (Until the UTF-8 fast path was removed,
    /// these parts were read by both worksheet parsers and compared; an ad-hoc run of 300,000 found no divergence.)
    /// </summary>
    [Fact]
    public void GrammarGeneratedParts_AreReadOrRefusedAsMalformed()
    {
        const int Parts = 3_000;
        var failures = new List<string>();
        var readable = 0;
        for (var index = 0; index < Parts; index++)
        {
            var random = new Random(index + 1_000_003);
            var bytes = new GrammarWorksheetGenerator(random, malformations: random.Next(3) == 0).Generate();
            var settings = random.Next(8) == 0 ? WorksheetParseSettings.Default with { MaxNonBlankRows = random.Next(3) }
                : random.Next(2) == 0 ? WorksheetParseSettings.Default
                : WorksheetParseSettings.WithoutDateFormats;
            var outcome = WorksheetPartReading.Read(bytes, settings);
            readable += outcome.Result is null ? 0 : 1;
            if (WorksheetPartReading.UnexpectedOutcome(outcome) is { } unexpected)
            {
                failures.Add($"part #{index}: {unexpected}\nPart: {WorksheetPartReading.Escape(bytes)}");
            }
        }

        output.WriteLine($"{Parts} parts: {readable} read, {Parts - readable} refused as malformed");
        Assert.True(failures.Count == 0, $"{failures.Count} parts threw an unexpected exception. The first ones:\n\n{string.Join("\n\n", failures.Take(3))}");
        Assert.True(readable >= Parts / 3, $"only {readable} of {Parts} generated parts were read: the generator tests little");
    }
}
