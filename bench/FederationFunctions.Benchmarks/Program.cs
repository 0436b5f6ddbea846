using FederationFunctions.Benchmarks;

var benchmarks = new Dictionary<string, Func<IReadOnlyList<string>, IBenchmark>>(StringComparer.OrdinalIgnoreCase)
{
    ["read"] = _ => new ReadBenchmark(),
    ["ingest"] = _ => new IngestBenchmark(),
    ["consolidate"] = arguments => new ConsolidateBenchmark(arguments),
    ["drop"] = _ => new DropBenchmark(),

    // Run by the modes above in a fresh process, so that its peak working set is that of the operation alone.
    [IngestOnceBenchmark.Mode] = arguments => new IngestOnceBenchmark(arguments),
    [ConsolidateOnceBenchmark.Mode] = arguments => new ConsolidateOnceBenchmark(arguments),
};

var mode = args.Length > 0 ? args[0] : string.Empty;
if (!benchmarks.TryGetValue(mode, out var create))
{
    Console.Error.WriteLine("Usage: FederationFunctions.Benchmarks <mode> [arguments]  (modes: read, ingest, consolidate [N ...], drop)");
    return 2;
}

await create(args.Skip(1).ToArray()).RunAsync(Console.Out, CancellationToken.None);
return 0;
