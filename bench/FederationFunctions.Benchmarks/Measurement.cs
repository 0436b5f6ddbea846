using System.Diagnostics;

namespace FederationFunctions.Benchmarks;

/// <summary>Timings of one operation over several runs (after warm-up: median, minimum, 95th percentile), and the bytes it allocates per run.</summary>
internal sealed record Measurement(double MedianMilliseconds, double MinimumMilliseconds, long AllocatedBytesPerRun, double P95Milliseconds)
{
    /// <summary>
    /// How long each operation is warmed up at least: tiered compilation recompiles a method with full optimisation only
    /// after 30 calls and a quiet 100 ms, so a short warm-up would time code still in its first, unoptimised tier.
    /// </summary>
    public static readonly TimeSpan MinimumWarmUp = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Runs each operation <paramref name="warmUp"/> times and for at least <see cref="MinimumWarmUp"/>, then
    /// <paramref name="iterations"/> times interleaved (so that a noisy neighbour slows them alike), timing every run.
    /// </summary>
    public static async Task<IReadOnlyList<Measurement>> MeasureInterleavedAsync(IReadOnlyList<Func<Task>> operations, int warmUp, int iterations)
    {
        foreach (var operation in operations)
        {
            var warming = Stopwatch.StartNew();
            for (var i = 0; i < warmUp || warming.Elapsed < MinimumWarmUp; i++)
            {
                await operation();
            }
        }

        var timings = operations.Select(_ => new double[iterations]).ToArray();
        var allocated = new long[operations.Count];
        GC.Collect();
        GC.WaitForPendingFinalizers();
        for (var i = 0; i < iterations; i++)
        {
            for (var o = 0; o < operations.Count; o++)
            {
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
                var stopwatch = Stopwatch.StartNew();
                await operations[o]();
                timings[o][i] = stopwatch.Elapsed.TotalMilliseconds;
                allocated[o] += GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore;
            }
        }

        return [.. timings.Select((t, o) =>
        {
            Array.Sort(t);
            return new Measurement(t[iterations / 2], t[0], allocated[o] / iterations, t[Math.Min(iterations - 1, (int)Math.Ceiling(iterations * 0.95) - 1)]);
        })];
    }
}
