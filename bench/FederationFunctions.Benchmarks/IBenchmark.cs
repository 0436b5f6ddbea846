namespace FederationFunctions.Benchmarks;

/// <summary>A benchmark mode: measures and prints figures, asserts nothing.</summary>
internal interface IBenchmark
{
    Task RunAsync(TextWriter output, CancellationToken cancellationToken);
}
