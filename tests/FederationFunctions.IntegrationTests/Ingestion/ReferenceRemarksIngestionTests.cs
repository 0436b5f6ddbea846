using FederationFunctions.Core.Validation;
using FederationFunctions.IntegrationTests.Infrastructure;
using FederationFunctions.Samples;

namespace FederationFunctions.IntegrationTests.Ingestion;

/// <summary>v1.1: once the year's reference is accepted, ingestion gives the reference remarks as information.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReferenceRemarksIngestionTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset T1 = new(2024, 2, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    private static byte[] CentreFile(object staffOnLinkedRow) => new CentreWorkbookFileBuilder()
        .Meeting(new DateTime(2023, 3, 1), "Assemblée territoriale", staffOnLinkedRow, 3)
        .Meeting(new DateTime(2023, 6, 20), "CODIR", 1, 0)
        .Build();

    [Fact]
    public async Task ReferenceAccepted_UnlinkedMeetingIsInformation_OutcomeUnchanged()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite, realChecker: true);
        var reference = await h.UploadReferenceAsync("2023/referentiel.xlsx", SampleReferenceWorkbookWriter.Write(TestWorkbooks.Reference(2023)), T1);
        Assert.Equal(UploadOutcome.Acceptee, (await h.Ingestion.IngestAsync(reference, None)).Entry.Outcome);
        var upload = await h.UploadCentreAsync("59-LIL-001/activite.xlsx", CentreFile(2), T1.AddMinutes(1));

        var result = await h.Ingestion.IngestAsync(upload, None);

        Assert.Equal(UploadOutcome.Acceptee, result.Entry.Outcome);
        var feedback = await h.ReadFeedbackJsonAsync(result.Entry.FeedbackJsonPath!);
        Assert.Equal((0, 0, 1), (feedback.ErrorCount, feedback.WarningCount, feedback.InformationCount));
        var issue = Assert.Single(feedback.Issues);
        Assert.Equal(("INFORMATION", "MEETING_UNLINKED", "Rencontres"), (issue.SeverityCode, issue.Code, issue.Sheet));
        Assert.Contains("« Réunion des directions » du 20/06/2023", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReferenceAccepted_RejectedFileGetsTheRemarksToo()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite, realChecker: true);
        await h.Ingestion.IngestAsync(await h.UploadReferenceAsync("2023/referentiel.xlsx", SampleReferenceWorkbookWriter.Write(TestWorkbooks.Reference(2023)), T1), None);
        var upload = await h.UploadCentreAsync("59-LIL-001/activite.xlsx", CentreFile("douze"), T1.AddMinutes(1));

        var result = await h.Ingestion.IngestAsync(upload, None);

        Assert.Equal(UploadOutcome.Rejetee, result.Entry.Outcome);
        var feedback = await h.ReadFeedbackJsonAsync(result.Entry.FeedbackJsonPath!);
        Assert.Equal(
            [("ERREUR", "INTEGER_INVALID"), ("INFORMATION", "MEETING_UNLINKED")],
            feedback.Issues.Select(i => (i.SeverityCode, i.Code)).OrderBy(i => i.Code, StringComparer.Ordinal));
    }

    [Fact]
    public async Task NoReferenceYet_NoRemark()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite, realChecker: true);
        var upload = await h.UploadCentreAsync("59-LIL-001/activite.xlsx", CentreFile(2), T1);

        var result = await h.Ingestion.IngestAsync(upload, None);

        Assert.Equal(UploadOutcome.Acceptee, result.Entry.Outcome);
        Assert.Empty((await h.ReadFeedbackJsonAsync(result.Entry.FeedbackJsonPath!)).Issues);
    }
}
