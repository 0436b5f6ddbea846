using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Tests.Hostile;

/// <summary>
/// The bombs of the <see cref="HostileWorkbookCorpus"/> are refused with bounded memory: the bytes allocated by the read,
/// and the process's peak working set while it runs (reset first, and no other test running, so that the figure is the
/// read's, not that of the tests that ran before it in the same process).
/// </summary>
[Collection(MemoryMeasurementCollection.Name)]
public class HostileWorkbookMemoryTests
{
    private const long MaxAllocatedBytes = 64L * 1024 * 1024;
    private const long MaxPeakWorkingSetBytes = 500L * 1024 * 1024;

    [Theory]
    [InlineData("zip-bomb-declared")]
    [InlineData("zip-bomb-many-entries")]
    [InlineData("zip-bomb-lying-sizes")]
    [InlineData("nesting-bomb-worksheet")]
    [InlineData("nesting-bomb-shared-strings")]
    public async Task Bomb_IsRefusedWithBoundedMemory(string name)
    {
        var file = HostileWorkbookCorpus.Get(name);
        await using var stream = file.Open();
        GC.Collect();
        PeakWorkingSet.Reset();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var result = await new XlsxWorkbookReader().ReadAsync(stream, file.FileName, CancellationToken.None);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var peak = PeakWorkingSet.Read();
        Assert.Equal(file.ExpectedRefusal, result.Refusal?.Reason);
        Assert.True(allocated < MaxAllocatedBytes, $"{allocated} bytes allocated while reading");
        Assert.True(peak < MaxPeakWorkingSetBytes, $"peak working set {peak} bytes");
    }
}
