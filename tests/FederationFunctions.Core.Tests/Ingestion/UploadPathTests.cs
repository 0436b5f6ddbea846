using FederationFunctions.Core.Ingestion;

namespace FederationFunctions.Core.Tests.Ingestion;

public class UploadPathTests
{
    [Fact]
    public void CentreFolderAndFile_Valid()
    {
        var path = UploadPath.Parse(UploadKind.Centre, "uploads", "59-LIL-001/activite-2023.xlsx");

        Assert.True(path.IsValid);
        Assert.Equal("59-LIL-001", path.Folder);
        Assert.Equal("activite-2023.xlsx", path.FileName);
    }

    [Fact]
    public void CentreFileAtRoot_RefusedWithWhereToPutIt()
    {
        var path = UploadPath.Parse(UploadKind.Centre, "uploads", "activite.xlsx");

        Assert.False(path.IsValid);
        Assert.Null(path.Folder);
        Assert.Contains("racine", path.Problem, StringComparison.Ordinal);
        Assert.Contains("uploads/{code de la structure}/activite.xlsx", path.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void CentreFileInSubFolder_Refused()
    {
        var path = UploadPath.Parse(UploadKind.Centre, "uploads", "59-LIL-001/2023/activite.xlsx");

        Assert.False(path.IsValid);
        Assert.Equal("59-LIL-001", path.Folder);
        Assert.Contains("uploads/59-LIL-001/activite.xlsx", path.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ReferenceYearFolder_ValidWithYear()
    {
        var path = UploadPath.Parse(UploadKind.Reference, "reference", "2024/referentiel.xlsx");

        Assert.True(path.IsValid);
        Assert.Equal(2024, path.Year);
    }

    [Theory]
    [InlineData("annee/referentiel.xlsx")]
    [InlineData("24/referentiel.xlsx")]
    [InlineData("１２３４/referentiel.xlsx")]
    [InlineData("referentiel.xlsx")]
    public void ReferenceNotInAYearFolder_Refused(string blobName)
    {
        var path = UploadPath.Parse(UploadKind.Reference, "reference", blobName);

        Assert.False(path.IsValid);
        Assert.Null(path.Year);
    }
}
