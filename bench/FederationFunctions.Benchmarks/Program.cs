using FederationFunctions.Benchmarks;

var benchmarks = new Dictionary<string, Func<IBenchmark>>(StringComparer.OrdinalIgnoreCase)
{
    ["read"] = () => new ReadBenchmark(),
};

var mode = args.Length > 0 ? args[0] : string.Empty;
if (!benchmarks.TryGetValue(mode, out var create))
{
    Console.Error.WriteLine("Usage: FederationFunctions.Benchmarks <mode>  (modes: " + string.Join(", ", benchmarks.Keys) + ")");
    return 2;
}

await create().RunAsync(Console.Out, CancellationToken.None);
return 0;
