using BenchmarkDotNet.Running;
using FederationFunctions.Benchmarks;
using FederationFunctions.Benchmarks.InProcess;

// In-process measurements (read, read + check, consolidation's calculation and report writing): BenchmarkDotNet.
if (args.Length > 0 && args[0] == "inprocess")
{
    BenchmarkSwitcher.FromTypes([typeof(ReadBenchmarks), typeof(ConsolidationBenchmarks), typeof(LargeYearCalculationBenchmarks)]).Run([.. args.Skip(1)], new ShortRunConfig());
    return 0;
}

// End-to-end runs against Azurite: measured by hand (fresh processes, request counts).

var benchmarks = new Dictionary<string, Func<IReadOnlyList<string>, IBenchmark>>(StringComparer.OrdinalIgnoreCase)
{
    ["ingest"] = _ => new IngestBenchmark(),
    ["consolidate"] = arguments => new ConsolidateBenchmark(arguments),
    ["drop"] = _ => new DropBenchmark(),
    ["ingest-worst"] = arguments => new IngestWorstBenchmark(arguments),

    // Run by the modes above in a fresh process, so that its peak working set is that of the operation alone.
    [IngestOnceBenchmark.Mode] = arguments => new IngestOnceBenchmark(arguments),
    [ConsolidateOnceBenchmark.Mode] = arguments => new ConsolidateOnceBenchmark(arguments),
    [IngestWorstOnceBenchmark.Mode] = arguments => new IngestWorstOnceBenchmark(arguments),
};

var mode = args.Length > 0 ? args[0] : string.Empty;
if (!benchmarks.TryGetValue(mode, out var create))
{
    Console.Error.WriteLine("Usage: FederationFunctions.Benchmarks <mode> [arguments]  (modes: inprocess [BenchmarkDotNet options], ingest, consolidate [N ...], drop, ingest-worst [--keep DIR] [LABEL ...])");
    return 2;
}

await create(args.Skip(1).ToArray()).RunAsync(Console.Out, CancellationToken.None);
return 0;
