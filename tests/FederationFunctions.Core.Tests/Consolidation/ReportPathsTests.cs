using FederationFunctions.Core.Consolidation;

namespace FederationFunctions.Core.Tests.Consolidation;

public class ReportPathsTests
{
    [Fact]
    public void Timestamped_UsesUtcCompactIsoStamp()
    {
        var computedAt = new DateTimeOffset(2024, 3, 5, 4, 7, 9, TimeSpan.FromHours(1));

        Assert.Equal("2023/consolidation-2023-20240305T030709Z.xlsx", ReportPaths.Timestamped(2023, computedAt));
    }

    [Fact]
    public void Latest_IsTheFixedName()
    {
        Assert.Equal("2023/consolidation-2023.xlsx", ReportPaths.Latest(2023));
    }

    [Theory]
    [InlineData("2023/consolidation-2023.xlsx", true, 2023, null)]
    [InlineData("2023/consolidation-2023-20240305T030709Z.xlsx", true, 2023, "2024-03-05T03:07:09Z")]
    [InlineData("2024/consolidation-2023.xlsx", false, 0, null)]
    [InlineData("2023/notes.txt", false, 0, null)]
    [InlineData("consolidation-2023.xlsx", false, 0, null)]
    public void TryParse_RecognisesOnlyReportNames(string blobName, bool expected, int expectedYear, string? expectedStamp)
    {
        var parsed = ReportPaths.TryParse(blobName, out var year, out var computedAt);

        Assert.Equal(expected, parsed);
        Assert.Equal(expectedYear, year);
        Assert.Equal(expectedStamp is null ? null : DateTimeOffset.Parse(expectedStamp, System.Globalization.CultureInfo.InvariantCulture), computedAt);
    }
}
