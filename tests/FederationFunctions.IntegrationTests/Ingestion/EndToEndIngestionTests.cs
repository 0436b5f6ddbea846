using FederationFunctions.Core.Validation;
using FederationFunctions.IntegrationTests.Infrastructure;

namespace FederationFunctions.IntegrationTests.Ingestion;

/// <summary>Real .xlsx files through the real reader, checker and feedback writer, on Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class EndToEndIngestionTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset T1 = new(2024, 2, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ValidWorkbook_AcceptedAndItsRowsLoaded()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite, realChecker: true);
        var file = new CentreWorkbookFileBuilder { StaffHeadcount = 14 }
            .Meeting(new DateTime(2023, 3, 14), "Assemblée territoriale", 2, 3)
            .Meeting(new DateTime(2023, 6, 20), "CODIR", "1", 0)
            .Build();
        var upload = await h.UploadCentreAsync("59-LIL-001/activite 2023.xlsx", file, T1);

        var result = await h.Ingestion.IngestAsync(upload, None);

        Assert.Equal(UploadOutcome.Acceptee, result.Entry.Outcome);
        Assert.Equal(2023, result.Entry.Year);
        var workbook = Assert.Single((await h.Input.LoadAsync(2023, None)).Submissions).Workbook!;
        Assert.Equal(14, workbook.Structure.StaffHeadcount);
        Assert.Equal(9.5m, workbook.Structure.StaffFte);
        Assert.Equal([(new DateOnly(2023, 3, 14), Core.Model.EventType.AT, 2, 3), (new DateOnly(2023, 6, 20), Core.Model.EventType.DIRECTIONS, 1, 0)],
            workbook.Meetings.Select(m => (m.Date, m.EventType, m.StaffAttendees, m.VolunteerAttendees)));
        Assert.Equal("Acceptée", (await h.ReadFeedbackJsonAsync(result.Entry.FeedbackJsonPath!)).Outcome);
    }

    [Fact]
    public async Task WorkbookOfAnotherStructure_RejectedAndNothingCurrent()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite, realChecker: true);
        var file = new CentreWorkbookFileBuilder { StructureCode = "59-LIL-001" }.Meeting(new DateTime(2023, 3, 14), "AT", 2, 3).Build();
        var upload = await h.UploadCentreAsync("62-ART-004/activite.xlsx", file, T1);

        var result = await h.Ingestion.IngestAsync(upload, None);

        Assert.Equal(UploadOutcome.Rejetee, result.Entry.Outcome);
        Assert.True(result.Entry.ErrorCount >= 1);
        Assert.Null(await h.Pointers.GetAsync(2023, "59-LIL-001", None));
        Assert.Null(await h.Pointers.GetAsync(2023, "62-ART-004", None));
        var json = await h.ReadFeedbackJsonAsync(result.Entry.FeedbackJsonPath!);
        Assert.Equal("Rejetée", json.Outcome);
        Assert.NotEmpty(json.Issues);
    }

    [Fact]
    public async Task RejectedWorkbookWithReadableYear_CountsForItsDeclaredYear()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite, realChecker: true);
        // 2021 is outside the upload-time attribution window of an upload made in February 2024.
        var file = new CentreWorkbookFileBuilder { Year = 2021 }.Meeting(new DateTime(2021, 3, 14), "AT", "douze", 3).Build();
        var upload = await h.UploadCentreAsync("59-LIL-001/activite 2021.xlsx", file, T1);

        var result = await h.Ingestion.IngestAsync(upload, None);

        Assert.Equal(UploadOutcome.Rejetee, result.Entry.Outcome);
        Assert.Equal(2021, result.Entry.Year);
        var submission = Assert.Single((await h.Input.LoadAsync(2021, None)).Submissions);
        Assert.Null(submission.Current);
        Assert.Equal(UploadOutcome.Rejetee, submission.Latest!.Outcome);
        Assert.Empty((await h.Input.LoadAsync(2024, None)).Submissions);
        Assert.Empty((await h.Input.LoadAsync(2023, None)).Submissions);
    }

    [Fact]
    public async Task CsvFile_RejectedWithFileLevelIssue()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite, realChecker: true);
        var upload = await h.UploadCentreAsync("59-LIL-001/activite.csv", "Code structure;59-LIL-001\nAnnée;2023\n"u8.ToArray(), T1);

        var result = await h.Ingestion.IngestAsync(upload, None);

        Assert.Equal(UploadOutcome.Rejetee, result.Entry.Outcome);
        Assert.Equal(1, result.Entry.ErrorCount);
        Assert.StartsWith("FILE_", Assert.Single((await h.ReadFeedbackJsonAsync(result.Entry.FeedbackJsonPath!)).Issues).Code, StringComparison.Ordinal);
    }
}
