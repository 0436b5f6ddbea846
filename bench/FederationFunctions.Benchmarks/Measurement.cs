using System.Diagnostics;

namespace FederationFunctions.Benchmarks;

/// <summary>Timings of one operation over several runs (after warm-up), and the bytes it allocates per run.</summary>
internal sealed record Measurement(double MedianMilliseconds, double MinimumMilliseconds, long AllocatedBytesPerRun)
{
    /// <summary>
    /// Runs each operation <paramref name="warmUp"/> times, then <paramref name="iterations"/> times interleaved (so that
    /// a noisy neighbour slows them alike), timing every run.
    /// </summary>
    public static async Task<IReadOnlyList<Measurement>> MeasureInterleavedAsync(IReadOnlyList<Func<Task>> operations, int warmUp, int iterations)
    {
        foreach (var operation in operations)
        {
            for (var i = 0; i < warmUp; i++)
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
            return new Measurement(t[iterations / 2], t[0], allocated[o] / iterations);
        })];
    }
}
