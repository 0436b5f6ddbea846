using BenchmarkDotNet.Attributes;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Reports;
using FederationFunctions.Core.Validation;

namespace FederationFunctions.Benchmarks.InProcess;

/// <summary>
/// The nightly consolidation's in-process work for a year of accepted workbooks (one per member of a 180-structure
/// reference, realistic sizes): the indicator calculation, and the writing of the consolidated report workbook.
/// Reading the stored rows from Table Storage is measured end to end by the <c>consolidate</c> mode (Azurite).
/// </summary>
[Config(typeof(ShortRunConfig))]
public class ConsolidationBenchmarks
{
    private static readonly DateTimeOffset UploadedAt = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);

    private readonly IndicatorCalculator _calculator = new();
    private readonly ConsolidatedWorkbookWriter _writer = new();
    private ConsolidationInput _input = null!;
    private ConsolidationResult _result = null!;

    [Params(180)]
    public int Structures { get; set; } = 180;

    [GlobalSetup]
    public void Setup()
    {
        var reference = BenchWorkbooks.Reference(Structures);
        var submissions = reference.Structures
            .Where(s => s.IsMember)
            .Select((member, index) =>
            {
                var summary = new UploadSummary($"{member.Code}/activite-{BenchWorkbooks.Year}.xlsx", UploadedAt, UploadOutcome.Acceptee, 0, 0);
                return new CentreSubmission(member.Code, summary, BenchWorkbooks.Member(reference, member, index), summary);
            })
            .ToList();
        _input = new ConsolidationInput(BenchWorkbooks.Year, reference, submissions);
        _result = _calculator.Calculate(_input, UploadedAt);
    }

    [Benchmark(Description = "indicator calculation")]
    public ConsolidationResult Calculate() => _calculator.Calculate(_input, UploadedAt);

    [Benchmark(Description = "consolidated workbook writing")]
    public long WriteReport()
    {
        using var stream = new MemoryStream();
        _writer.Write(_result, stream);
        return stream.Length;
    }
}
