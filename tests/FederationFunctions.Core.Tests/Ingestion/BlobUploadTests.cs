using FederationFunctions.Core.Ingestion;

namespace FederationFunctions.Core.Tests.Ingestion;

public class BlobUploadTests
{
    private static readonly DateTimeOffset At = new(2024, 1, 15, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void WithoutVersioning_VersionKeyIsETagWithoutQuotes()
    {
        var upload = new BlobUpload("uploads", "59-LIL-001/a.xlsx", null, "\"0x8DC\"", At, 10);

        Assert.Equal("0x8DC", upload.VersionKey);
        Assert.Equal("a.xlsx", upload.FileName);
        Assert.Equal(32, upload.UploadId.Length);
    }

    [Fact]
    public void SameNameOtherVersion_OtherUploadId()
    {
        var first = new BlobUpload("uploads", "59-LIL-001/a.xlsx", "2024-01-15T09:30:00.1000000Z", "\"1\"", At, 10);
        var second = first with { VersionId = "2024-01-15T09:31:00.1000000Z" };

        Assert.NotEqual(first.UploadId, second.UploadId);
    }

    [Fact]
    public void CompareRecency_LaterTimeWinsThenVersionBreaksTies()
    {
        Assert.True(BlobUpload.CompareRecency(At.AddSeconds(1), "a", At, "z") > 0);
        Assert.True(BlobUpload.CompareRecency(At, "2024-01-15T09:30:00.2Z", At, "2024-01-15T09:30:00.1Z") > 0);
        Assert.Equal(0, BlobUpload.CompareRecency(At, "v", At, "v"));
    }
}
