using FederationFunctions.Core.Ingestion;

namespace FederationFunctions.Core.Tests.Ingestion;

public class UnknownYearAttributionTests
{
    [Fact]
    public void UploadedInMarch2024_Concerns2023And2024()
    {
        var uploadedAt = new DateTimeOffset(2024, 3, 1, 10, 0, 0, TimeSpan.Zero);

        Assert.Equal([2023, 2024], UnknownYearAttribution.CandidateYears(uploadedAt));
        Assert.False(UnknownYearAttribution.Matches(uploadedAt, 2022));
    }

    [Fact]
    public void JustAfterNewYearInParis_UtcYearDecides()
    {
        // 31/12/2023 23:30 UTC is already 2024 in Paris: the UTC year decides.
        var uploadedAt = new DateTimeOffset(2024, 1, 1, 0, 30, 0, TimeSpan.FromHours(1));

        Assert.Equal([2022, 2023], UnknownYearAttribution.CandidateYears(uploadedAt));
    }
}
