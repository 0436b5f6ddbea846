using FederationFunctions.Core.Ingestion;

namespace FederationFunctions.Core.Tests.Ingestion;

public class FeedbackPublisherTests
{
    private static readonly DateTimeOffset UploadedAt = new(2024, 3, 5, 10, 4, 9, TimeSpan.FromHours(1));

    [Fact]
    public void CentreUpload_FolderOfStructureAndUtcStamp() =>
        Assert.Equal("59-LIL-001/20240305T090409Z-activite.xlsx", FeedbackPublisher.BaseNameOf(UploadKind.Centre, "59-LIL-001", "activite.xlsx", UploadedAt));

    [Fact]
    public void ReferenceUpload_UnderReferenceAndYear() =>
        Assert.Equal("reference/2024/20240305T090409Z-ref.xlsx", FeedbackPublisher.BaseNameOf(UploadKind.Reference, "2024", "ref.xlsx", UploadedAt));

    [Fact]
    public void UploadAtRoot_NoFolder() =>
        Assert.Equal("20240305T090409Z-x.xlsx", FeedbackPublisher.BaseNameOf(UploadKind.Centre, null, "x.xlsx", UploadedAt));
}
