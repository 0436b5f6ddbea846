using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Tests.Hostile;

/// <summary>
/// The bombs of the <see cref="HostileWorkbookCorpus"/> are refused with bounded memory: the bytes allocated by the read,
/// and how much the process's peak working set grows while it runs (reset first, and no other test running). The growth,
/// not the peak itself, is bounded: the test host's working set at the start depends on the tests that ran before in the
/// same process and is not the read's doing (a CI run of the whole suite saw all five cases fail at once, in 20 ms each). The whole process's
/// bound on the worst 10 MB files is measured in a process of its own (<c>bench … ingest-worst</c>, <c>docs/reliability.md</c>).
/// </summary>
[Collection(MemoryMeasurementCollection.Name)]
public class HostileWorkbookMemoryTests
{
    private const long MaxAllocatedBytes = 64L * 1024 * 1024;
    private const long MaxPeakGrowthBytes = 100L * 1024 * 1024;

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
        GC.WaitForPendingFinalizers();
        GC.Collect();
        PeakWorkingSet.Reset();
        var peakBefore = PeakWorkingSet.Read();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var result = await new XlsxWorkbookReader().ReadAsync(stream, file.FileName, CancellationToken.None);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var growth = PeakWorkingSet.Read() - peakBefore;
        Assert.Equal(file.ExpectedRefusal, result.Refusal?.Reason);
        Assert.True(allocated < MaxAllocatedBytes, $"{allocated} bytes allocated while reading");
        Assert.True(growth < MaxPeakGrowthBytes, $"peak working set grew by {growth} bytes while reading");
    }
}
