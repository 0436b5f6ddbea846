using Azure;
using FederationFunctions.Cli.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace FederationFunctions.IntegrationTests.Cli.Hosting;

public class LocalPipelineLoopTests
{
    [Fact]
    public async Task EverySecondSchedule_SweepsRepeatedlyAndRunsTheScheduledJob()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var sweeps = 0;
        var scheduled = 0;
        var loop = new LocalPipelineLoop(
            _ => { Interlocked.Increment(ref sweeps); return Task.FromResult<string?>("ok"); },
            _ =>
            {
                if (Interlocked.Increment(ref scheduled) == 1)
                {
                    stop.CancelAfter(TimeSpan.FromMilliseconds(300));
                }

                return Task.FromResult<string?>("consolidé");
            },
            new LocalPipelineLoopOptions(TimeSpan.FromMilliseconds(50), CronSchedule.Parse("* * * * * *")),
            TimeProvider.System,
            NullLogger<LocalPipelineLoop>.Instance);

        await loop.RunAsync(stop.Token);

        Assert.True(scheduled >= 1, "the every-second schedule never fired");
        Assert.True(sweeps >= 3, $"only {sweeps} sweeps");
        Assert.Equal(sweeps, loop.SweepCount);
    }

    [Fact]
    public async Task StorageFailure_IsLoggedAndTheLoopGoesOn()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var calls = 0;
        var loop = new LocalPipelineLoop(
            _ =>
            {
                if (Interlocked.Increment(ref calls) >= 3)
                {
                    stop.Cancel();
                }

                throw new RequestFailedException("stockage indisponible");
            },
            _ => Task.FromResult<string?>("jamais"),
            new LocalPipelineLoopOptions(TimeSpan.FromMilliseconds(20), CronSchedule.Parse("0 0 2 1 1 *")),
            TimeProvider.System,
            NullLogger<LocalPipelineLoop>.Instance);

        await loop.RunAsync(stop.Token);

        Assert.Equal(3, calls);
        Assert.Equal(0, loop.ScheduledRunCount);
    }
}
