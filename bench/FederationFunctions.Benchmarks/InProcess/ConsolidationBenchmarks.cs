using BenchmarkDotNet.Attributes;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Reports;

namespace FederationFunctions.Benchmarks.InProcess;

/// <summary>
/// The nightly consolidation's in-process work for a year of accepted workbooks (one per member of a 180-structure
/// reference, realistic sizes): the indicator calculation, and the writing of the consolidated report workbook.
/// Reading the stored rows from Table Storage is measured end to end by the <c>consolidate</c> mode (Azurite).
/// </summary>
[Config(typeof(ShortRunConfig))]
public class ConsolidationBenchmarks
{
    private readonly IndicatorCalculator _calculator = new();
    private readonly ConsolidatedWorkbookWriter _writer = new();
    private ConsolidationInput _input = null!;
    private ConsolidationResult _result = null!;

    [Params(180)]
    public int Structures { get; set; } = 180;

    [GlobalSetup]
    public void Setup()
    {
        _input = BenchConsolidationInputs.Year(Structures);
        _result = _calculator.Calculate(_input, BenchConsolidationInputs.UploadedAt);
    }

    [Benchmark(Description = "indicator calculation")]
    public ConsolidationResult Calculate() => _calculator.Calculate(_input, BenchConsolidationInputs.UploadedAt);

    [Benchmark(Description = "consolidated workbook writing")]
    public long WriteReport()
    {
        using var stream = new MemoryStream();
        _writer.Write(_result, stream);
        return stream.Length;
    }
}
