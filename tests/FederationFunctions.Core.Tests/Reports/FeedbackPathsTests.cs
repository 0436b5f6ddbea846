using FederationFunctions.Core.Reports;

namespace FederationFunctions.Core.Tests.Reports;

public class FeedbackPathsTests
{
    [Fact]
    public void FeedbackForCentre_IsInTheStructureFolderWithUtcTimestamp()
    {
        var names = FeedbackPaths.ForCentre("59-LIL-001", new DateTimeOffset(2024, 2, 1, 17, 0, 5, TimeSpan.FromHours(1)), "activité 2023.xlsx");
        Assert.Equal("59-LIL-001/20240201T160005Z-activité 2023.xlsx.retour.xlsx", names.Workbook);
        Assert.Equal("59-LIL-001/20240201T160005Z-activité 2023.xlsx.retour.json", names.Json);
    }

    [Fact]
    public void FeedbackForReference_IsUnderReferenceYear()
    {
        var names = FeedbackPaths.ForReference(2023, new DateTimeOffset(2023, 12, 31, 23, 59, 59, TimeSpan.Zero), "referentiel.xlsx");
        Assert.Equal("reference/2023/20231231T235959Z-referentiel.xlsx.retour.xlsx", names.Workbook);
        Assert.Equal("reference/2023/20231231T235959Z-referentiel.xlsx.retour.json", names.Json);
    }

    [Fact]
    public void FeedbackForReport_UsesItsStructureCodeOrItsYear()
    {
        var report = ReportFixtures.RejectedFeedback();
        Assert.Equal("59-LIL-001/20240201T160005Z-activité 2023.xlsx.retour.xlsx", FeedbackPaths.For(report, isReference: false).Workbook);
        Assert.Equal("reference/2023/20240201T160005Z-activité 2023.xlsx.retour.json", FeedbackPaths.For(report with { StructureCode = null }, isReference: true).Json);
        Assert.Equal("sans-structure/20240201T160005Z-activité 2023.xlsx.retour.xlsx", FeedbackPaths.For(report with { StructureCode = null }, isReference: false).Workbook);
    }
}
