using System.Text;
using FederationFunctions.Core.Tests.Workbooks;
using FederationFunctions.Core.Validation;
using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Tests.Hostile;

/// <summary>
/// A small file can hold hundreds of sheets the federation ignores (up to the 100 MB expansion budget), each of 5,000
/// one-cell rows: a row read costs several objects, so holding them took a 0.7 MB upload past 500 MB (measured by
/// <c>bench … ingest-worst expanded-rows</c>: 510 MB). The checker keeps the cells of the sheets it reads only.
/// </summary>
[Collection(MemoryMeasurementCollection.Name)]
public class IgnoredSheetsMemoryTests
{
    private const int Sheets = 500;
    private const long MaxGrowthBytes = 100L * 1024 * 1024;

    [Fact]
    public async Task CentreWorkbookWithHundredsOfIgnoredSheetsOfRows_CheckedWithoutHoldingThem()
    {
        var file = WithIgnoredSheets(Sheets);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        PeakWorkingSet.Reset();
        var before = PeakWorkingSet.Read();

        var result = await new WorkbookChecker(new XlsxWorkbookReader()).CheckCentreWorkbookAsync(new MemoryStream(file), "bombe.xlsx", "59-LIL-001", CancellationToken.None);

        var growth = PeakWorkingSet.Read() - before;
        Assert.Contains(result.Issues, i => i.Code == "SHEET_MISSING");
        Assert.True(growth < MaxGrowthBytes, $"peak working set grew by {growth / 1048576} MB while checking {Sheets} ignored sheets of 5,000 rows");
    }

    /// <summary>A package of <paramref name="sheets"/> sheets « Notes 1 »… each of 5,000 rows of one number (one part's bytes shared by all).</summary>
    private static byte[] WithIgnoredSheets(int sheets)
    {
        var rows = new StringBuilder();
        for (var i = 0; i < WorkbookReaderLimits.Default.MaxDataRowsPerSheet; i++)
        {
            rows.Append("<row><c><v>").Append(i % 10).Append("</v></c></row>");
        }

        var part = Encoding.UTF8.GetBytes(RawPackageBuilder.Worksheet(rows.ToString()));
        var builder = RawPackageBuilder.Workbook([.. Enumerable.Range(1, sheets).Select(i => ($"Notes {i}", RawPackageBuilder.Worksheet(string.Empty)))]);
        for (var i = 1; i <= sheets; i++)
        {
            builder.Replace($"xl/worksheets/sheet{i}.xml", part);
        }

        return builder.Build();
    }
}
