using System.Text;
using BenchmarkDotNet.Attributes;
using ExcelDataReader;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Validation;
using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Benchmarks.InProcess;

/// <summary>
/// Reading a centre's workbook: a plain read of every cell by ExcelDataReader (the baseline: what a developer would
/// otherwise pick), our reader alone, and our reader followed by the full validation (what ingestion does per upload).
/// The goal: read + check within 1.5 times the plain read.
/// </summary>
[Config(typeof(ShortRunConfig))]
public class ReadBenchmarks
{
    private byte[] _file = [];
    private string _structureCode = string.Empty;
    private readonly XlsxWorkbookReader _reader = new();
    private WorkbookChecker _checker = null!;

    /// <summary>typical: a member's workbook (10 meetings, 5 trainings, 4 programme rows, 12 KB); large: 5,000 rows on each data sheet (the row limit), as the <c>ingest</c> mode builds it.</summary>
    [Params("typical", "large")]
    public string Workbook { get; set; } = "typical";

    [GlobalSetup]
    public void Setup()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var reference = BenchWorkbooks.Reference(180);
        var members = reference.Structures.Where(s => s.IsMember).Take(2).ToList();
        var member = Workbook == "large" ? members[1] : members[0];
        CentreWorkbook workbook = Workbook == "large"
            ? BenchWorkbooks.Sized(reference, member, 1, meetings: 5_000, trainings: 5_000, programmes: 5_000)
            : BenchWorkbooks.Member(reference, member, 0);
        _file = BenchWorkbooks.Write(workbook);
        _structureCode = member.Code;
        _checker = new WorkbookChecker(_reader);
        var check = _checker.CheckCentreWorkbookAsync(new MemoryStream(_file, writable: false), "bench.xlsx", _structureCode, CancellationToken.None).GetAwaiter().GetResult();
        // The large workbook repeats meetings drawn for the member, which the validator reports as duplicate rows: its
        // check also writes those messages. Printed so that the table can be read with it.
        Console.WriteLine($"// {Workbook} workbook: {_file.Length:N0} bytes; check: {check.Outcome}, {check.ErrorCount} errors, {check.WarningCount} warnings");
    }

    [Benchmark(Baseline = true, Description = "ExcelDataReader: plain read")]
    public int ExcelDataReaderPlainRead()
    {
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(_file, writable: false));
        var cells = 0;
        do
        {
            while (reader.Read())
            {
                for (var column = 0; column < reader.FieldCount; column++)
                {
                    cells += reader.GetValue(column) is null ? 0 : 1;
                }
            }
        }
        while (reader.NextResult());

        return cells;
    }

    [Benchmark(Description = "ours: read")]
    public async Task<int> Read()
    {
        var result = await _reader.ReadAsync(new MemoryStream(_file, writable: false), "bench.xlsx", CancellationToken.None);
        return result.Workbook!.Sheets.Count;
    }

    [Benchmark(Description = "ours: read + check")]
    public async Task<bool> ReadAndCheck()
    {
        var result = await _checker.CheckCentreWorkbookAsync(new MemoryStream(_file, writable: false), "bench.xlsx", _structureCode, CancellationToken.None);
        return result.ErrorCount == 0;
    }
}
