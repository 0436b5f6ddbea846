using System.Text.Json;
using FederationFunctions.Core.Validation;
using FederationFunctions.IntegrationTests.Infrastructure;

namespace FederationFunctions.IntegrationTests.Ingestion;

/// <summary>The defects of the reliability review (issue 9), each as it was seen on Azurite: poison uploads, unbounded feedback, ordering, lost year marks, folder codes.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReliabilityDefectTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset T1 = new(2024, 1, 15, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Sweep_FileNameOverExcelHeaderLimit_AllUploadsIngested()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite);
        var longName = "59-LIL-001/" + new string('r', 250) + ".xlsx";
        await h.UploadCentreAsync(longName, h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Centre("59-LIL-001", 2023))), T1);
        await UploadOthersAsync(h, 3);

        var summary = await h.Sweep.RunAsync(None);

        Assert.Equal(0, summary.Failed);
        Assert.Equal(4, summary.Ingested[UploadOutcome.Acceptee]);
        var entry = Assert.Single(await h.Ledger.ListFolderAsync(h.Storage.Uploads.Name, "59-LIL-001", None));
        Assert.Equal(UploadOutcome.Acceptee, entry.Outcome);
        Assert.Equal(["Résumé", "Problèmes"], await h.ReadFeedbackSheetsAsync(entry.FeedbackWorkbookPath!));
    }

    [Fact]
    public async Task Sweep_IssueValueOverExcelCellLimit_RejectedWithValueCut()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite);
        var longValue = new string('x', 40_000);
        var issue = new ValidationIssue(Severity.Error, "TEXT_TOO_LONG", "Rencontres, ligne 5, colonne C : texte trop long.", "Rencontres", 5, "C", "Intitulé", longValue);
        await h.UploadCentreAsync("59-LIL-001/long.xlsx", h.Checker.Register(new ValidationResult<FederationFunctions.Core.Model.CentreWorkbook>(null, [issue])), T1);
        await UploadOthersAsync(h, 3);

        var summary = await h.Sweep.RunAsync(None);

        Assert.Equal(0, summary.Failed);
        Assert.Equal(3, summary.Ingested[UploadOutcome.Acceptee]);
        var entry = Assert.Single(await h.Ledger.ListFolderAsync(h.Storage.Uploads.Name, "59-LIL-001", None));
        Assert.Equal(UploadOutcome.Rejetee, entry.Outcome);
        var json = await h.ReadFeedbackJsonAsync(entry.FeedbackJsonPath!);
        var value = Assert.Single(json.Issues).Value!;
        Assert.True(value.Length < 1_000, $"value of {value.Length} characters");
        Assert.EndsWith("…", value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_IssueBomb_FeedbackSmallWithTotalCountPerCode()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite);
        var shared = new string('y', 32_500);
        var issues = Enumerable.Range(0, 3_000)
            .Select(i => new ValidationIssue(Severity.Error, "INTEGER_INVALID", $"Formations, ligne {i + 5}, colonne D : « {shared} » n'est pas un nombre entier.", "Formations", i + 5, "D", "Salariés formés", shared))
            .Append(new ValidationIssue(Severity.Warning, "FTE_ABOVE_HEADCOUNT", "Structure, ligne 6 : avertissement."))
            .ToList();
        var upload = await h.UploadCentreAsync("59-LIL-001/bombe.xlsx", h.Checker.Register(new ValidationResult<FederationFunctions.Core.Model.CentreWorkbook>(null, issues)), T1);

        var result = await h.Ingestion.IngestAsync(upload, None);

        Assert.Equal(UploadOutcome.Rejetee, result.Entry.Outcome);
        Assert.Equal(3_000, result.Entry.ErrorCount);
        var workbook = (await h.Storage.Feedback.GetBlobClient(result.Entry.FeedbackWorkbookPath!).GetPropertiesAsync()).Value.ContentLength;
        var jsonBlob = h.Storage.Feedback.GetBlobClient(result.Entry.FeedbackJsonPath!);
        var jsonLength = (await jsonBlob.GetPropertiesAsync()).Value.ContentLength;
        Assert.True(workbook < 2_000_000, $"feedback workbook of {workbook} bytes");
        Assert.True(jsonLength < 2_000_000, $"feedback JSON of {jsonLength} bytes");
        using var json = JsonDocument.Parse((await jsonBlob.DownloadContentAsync()).Value.Content.ToMemory());
        Assert.Equal(3_000, json.RootElement.GetProperty("errorCount").GetInt32());
        Assert.True(json.RootElement.GetProperty("issues").GetArrayLength() <= 1_000);
        var counts = json.RootElement.GetProperty("issueCounts").EnumerateArray().ToDictionary(c => c.GetProperty("code").GetString()!, c => c.GetProperty("count").GetInt32());
        Assert.Equal(3_000, counts["INTEGER_INVALID"]);
        Assert.Equal(1, counts["FTE_ABOVE_HEADCOUNT"]);
    }

    [Fact]
    public async Task Sweep_DownloadKeepsFailing_OthersIngestedThenRecordedUnreadableAfterRepeatedSweeps()
    {
        var faults = new StorageFaultPolicy();
        await using var h = await IngestionHarness.CreateAsync(azurite, faults, settings: new Dictionary<string, string?>
        {
            ["Federation:Ingestion:FailedSweepsBeforeUnreadable"] = "2",
        });
        await h.UploadCentreAsync("59-LIL-009/casse.xlsx", h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Centre("59-LIL-009", 2023))), T1);
        await UploadOthersAsync(h, 10);
        faults.FailWhen(r => r.Method == "GET" && r.Targets(h.Storage.Uploads.Name + "/59-LIL-009/casse.xlsx")
            ? StorageFaultPolicy.FaultKind.Network
            : StorageFaultPolicy.FaultKind.None);

        var first = await h.Sweep.RunAsync(None);

        Assert.Equal(1, first.Failed);
        Assert.Equal(10, first.Ingested[UploadOutcome.Acceptee]);
        Assert.Empty(await h.Ledger.ListFolderAsync(h.Storage.Uploads.Name, "59-LIL-009", None));

        var second = await h.Sweep.RunAsync(None);

        Assert.True(second.RecordedUnreadable == 1, string.Join("; ", second.Failures.Select(f => f.Reason)));
        var entry = Assert.Single(await h.Ledger.ListFolderAsync(h.Storage.Uploads.Name, "59-LIL-009", None));
        Assert.Equal(UploadOutcome.Rejetee, entry.Outcome);
        Assert.Equal(1, second.Ingested[UploadOutcome.Rejetee]);
        var json = await h.ReadFeedbackJsonAsync(entry.FeedbackJsonPath!);
        Assert.Contains(json.Issues, i => i.Code == "FILE_UNREADABLE" && i.Message.Contains("déposez", StringComparison.OrdinalIgnoreCase));

        var third = await h.Sweep.RunAsync(None);
        Assert.Equal(0, third.Failed);
        Assert.Equal(11, third.AlreadyRecorded);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Ordering_LaterIdenticalAndEarlierDifferentUpload_LatestUploadCountsInEitherOrder(bool identicalFirst)
    {
        const string Code = "59-LIL-001";
        await using var h = await IngestionHarness.CreateAsync(azurite);
        var contentA = h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Centre(Code, 2023, staff: 12)));
        var contentB = h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Centre(Code, 2023, staff: 30)));
        var a = await h.UploadCentreAsync($"{Code}/a.xlsx", contentA, T1);
        await h.Ingestion.IngestAsync(a, None);
        var c = await h.UploadCentreAsync($"{Code}/c.xlsx", contentB, T1.AddMinutes(1));
        var b = await h.UploadCentreAsync($"{Code}/b.xlsx", contentA, T1.AddMinutes(2));

        foreach (var upload in identicalFirst ? new[] { b, c } : [c, b])
        {
            await h.Ingestion.IngestAsync(upload, None);
        }

        Assert.Equal(b.UploadId, (await h.Pointers.GetAsync(2023, Code, None))!.UploadId);
        Assert.Equal(UploadOutcome.Remplacee, await h.LedgerOutcomeAsync(c));
        var submission = Assert.Single((await h.Input.LoadAsync(2023, None)).Submissions);
        Assert.Equal(12, submission.Workbook!.Structure.StaffHeadcount);
        var bFeedback = await h.ReadFeedbackJsonAsync((await h.Ledger.GetAsync(b, None))!.FeedbackJsonPath!);
        Assert.True(bFeedback.CurrentVersion!.IsThisUpload);
        var cFeedback = await h.ReadFeedbackJsonAsync((await h.Ledger.GetAsync(c, None))!.FeedbackJsonPath!);
        if (identicalFirst)
        {
            // c arrived after the later b: its feedback says so, and which upload counts.
            Assert.Equal("Remplacée", cFeedback.Outcome);
            Assert.Equal("b.xlsx", cFeedback.CurrentVersion!.FileName);
            Assert.False(cFeedback.CurrentVersion.IsThisUpload);
        }
        else
        {
            // c counted until b arrived: its feedback said so then; the ledger says Remplacée now.
            Assert.Equal("Acceptée", cFeedback.Outcome);
            Assert.True(cFeedback.CurrentVersion!.IsThisUpload);
            Assert.Equal("Acceptée", bFeedback.Outcome);
        }
    }

    [Fact]
    public async Task YearMark_StorageFailsAfterFeedback_RetryStillMarksTheYear()
    {
        var faults = new StorageFaultPolicy();
        await using var h = await IngestionHarness.CreateAsync(azurite, faults);
        var upload = await h.UploadCentreAsync("59-LIL-001/a.xlsx", h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Centre("59-LIL-001", 2023))), T1);
        var armed = 1;
        faults.FailWhen(r => !r.IsRead && r.Targets(h.Storage.YearChanges.Name) && Interlocked.Exchange(ref armed, 0) == 1
            ? StorageFaultPolicy.FaultKind.Fail
            : StorageFaultPolicy.FaultKind.None);

        await Assert.ThrowsAsync<Azure.RequestFailedException>(() => h.Ingestion.IngestAsync(upload, None));
        await h.Ingestion.IngestAsync(upload, None);

        Assert.Contains(await h.Years.ListChangedAsync(None), c => c.Year == 2023);
        Assert.Equal(UploadOutcome.Acceptee, await h.LedgerOutcomeAsync(upload));
    }

    [Theory]
    [InlineData("59-cam-001")]
    [InlineData("59-CAM-01")]
    [InlineData(" 59-CAM-001")]
    [InlineData("59_CAM_001")]
    public async Task Folder_NotCanonicalStructureCode_RejectedWithFeedbackInThatFolder(string folder)
    {
        await using var h = await IngestionHarness.CreateAsync(azurite);
        var upload = await h.UploadCentreAsync(folder + "/a.xlsx", h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Centre("59-CAM-001", 2023))), T1);

        var result = await h.Ingestion.IngestAsync(upload, None);

        Assert.Equal(UploadOutcome.Rejetee, result.Entry.Outcome);
        Assert.StartsWith(folder + "/", result.Entry.FeedbackWorkbookPath, StringComparison.Ordinal);
        var json = await h.ReadFeedbackJsonAsync(result.Entry.FeedbackJsonPath!);
        var issue = Assert.Single(json.Issues);
        Assert.Equal("FILE_PATH_INVALID", issue.Code);
        Assert.Contains("« " + folder + " » n'est pas un code de structure", issue.Message, StringComparison.Ordinal);
        Assert.Null((await h.Input.LoadAsync(2023, None)).Submissions.SingleOrDefault(s => s.Workbook is not null));
    }

    private static async Task UploadOthersAsync(IngestionHarness h, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var code = $"62-ART-{i + 1:D3}";
            await h.UploadCentreAsync(code + "/activite.xlsx", h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Centre(code, 2023))), T1);
        }
    }
}
