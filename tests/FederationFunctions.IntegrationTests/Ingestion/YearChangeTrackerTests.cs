using FederationFunctions.IntegrationTests.Infrastructure;

namespace FederationFunctions.IntegrationTests.Ingestion;

[Collection(AzuriteCollection.Name)]
public sealed class YearChangeTrackerTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ChangeDuringConsolidation_YearStaysChanged()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite);
        await h.Years.MarkChangedAsync(2023, None);
        await h.Years.MarkChangedAsync(2024, None);
        var read = await h.Years.GetCounterAsync(2023, None);

        await h.Years.MarkChangedAsync(2023, None);
        await h.Years.MarkConsolidatedAsync(2023, read, None);
        await h.Years.MarkConsolidatedAsync(2024, await h.Years.GetCounterAsync(2024, None), None);

        var change = Assert.Single(await h.Years.ListChangedAsync(None));
        Assert.Equal(2023, change.Year);
        Assert.Equal(2, change.Counter);

        await h.Years.MarkConsolidatedAsync(2023, change.Counter, None);

        Assert.Empty(await h.Years.ListChangedAsync(None));
    }

    [Fact]
    public async Task ConcurrentMarks_NoneLost()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => h.Years.MarkChangedAsync(2023, None))));

        Assert.Equal(8, await h.Years.GetCounterAsync(2023, None));
    }
}
