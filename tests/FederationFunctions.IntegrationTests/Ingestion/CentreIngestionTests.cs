using FederationFunctions.Core.Ingestion;
using FederationFunctions.Core.Validation;
using FederationFunctions.IntegrationTests.Infrastructure;

namespace FederationFunctions.IntegrationTests.Ingestion;

[Collection(AzuriteCollection.Name)]
public sealed class CentreIngestionTests(AzuriteFixture azurite)
{
    private const string Code = "59-LIL-001";
    private static readonly DateTimeOffset T1 = new(2024, 1, 15, 9, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset T2 = T1.AddHours(2);
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task AcceptedWorkbook_BecomesCurrentWithRowsFeedbackLedgerAndYearMark()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite);
        var workbook = TestWorkbooks.Centre(Code, 2023, meetings: 3);
        var blob = h.Storage.Uploads.GetBlobClient($"{Code}/activite-2023.xlsx");
        await blob.UploadAsync(new BinaryData(h.Checker.Register(TestWorkbooks.Accepted(workbook))));

        var result = await h.Ingestion.IngestAsync(h.Storage.Uploads.Name, blob.Name, None);

        Assert.NotNull(result);
        var entry = result.Entry;
        Assert.False(result.AlreadyRecorded);
        Assert.Equal(UploadOutcome.Acceptee, entry.Outcome);
        Assert.Equal(Code, entry.StructureCode);
        Assert.Equal(2023, entry.Year);
        Assert.Equal(64, entry.ContentHash.Length);
        var properties = (await blob.GetPropertiesAsync()).Value;
        Assert.Equal(properties.LastModified, entry.UploadedAt);
        Assert.Equal(Code, Assert.Single(h.Checker.Calls).Expected);

        var stamp = properties.LastModified.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"{Code}/{stamp}-activite-2023.xlsx.retour.xlsx", entry.FeedbackWorkbookPath);
        Assert.Equal($"{Code}/{stamp}-activite-2023.xlsx.retour.json", entry.FeedbackJsonPath);
        var json = await h.ReadFeedbackJsonAsync(entry.FeedbackJsonPath!);
        Assert.Equal("Acceptée", json.Outcome);
        Assert.Equal(entry.ContentHash, json.ContentHash);
        Assert.Equal([("Rencontres", 3), ("Formations", 1), ("Dispositifs", 2)], json.Summary.Select(c => (c.Label, c.Count)));
        Assert.Contains("Résumé", await h.ReadFeedbackSheetsAsync(entry.FeedbackWorkbookPath!));

        var input = await h.Input.LoadAsync(2023, None);
        var submission = Assert.Single(input.Submissions);
        Assert.Equal(Code, submission.StructureCode);
        Assert.Equal(UploadOutcome.Acceptee, submission.Current!.Outcome);
        Assert.Equal(blob.Name, submission.Latest!.BlobName);
        AssertSameWorkbook(workbook, submission.Workbook!);
        Assert.Null(input.Reference);

        Assert.Equal([2023], (await h.Years.ListChangedAsync(None)).Select(c => c.Year));
        Assert.Empty((await h.Input.LoadAsync(2022, None)).Submissions);
    }

    [Fact]
    public async Task WarningsOnly_AcceptedWithWarningsAndCurrent()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite);
        var upload = await h.UploadCentreAsync($"{Code}/a.xlsx", h.Checker.Register(TestWorkbooks.AcceptedWithWarning(TestWorkbooks.Centre(Code, 2023))), T1);

        var result = await h.Ingestion.IngestAsync(upload, None);

        Assert.Equal(UploadOutcome.AccepteeAvecAvertissements, result.Entry.Outcome);
        Assert.Equal(1, result.Entry.WarningCount);
        var current = await h.Pointers.GetAsync(2023, Code, None);
        Assert.Equal(upload.UploadId, current!.UploadId);
        Assert.Equal(1, current.WarningCount);
    }

    [Fact]
    public async Task RejectedAfterAccepted_PreviousStaysCurrentAndLatestIsRejected()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite);
        var v1 = await h.UploadCentreAsync($"{Code}/v1.xlsx", h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Centre(Code, 2023, staff: 12))), T1);
        var v2 = await h.UploadCentreAsync($"{Code}/v2.xlsx", h.Checker.Register(TestWorkbooks.RejectedCentre()), T2);

        await h.Ingestion.IngestAsync(v1, None);
        var rejected = await h.Ingestion.IngestAsync(v2, None);

        Assert.Equal(UploadOutcome.Rejetee, rejected.Entry.Outcome);
        Assert.Equal(1, rejected.Entry.ErrorCount);
        Assert.Null(rejected.Entry.Year);
        Assert.Equal(UploadOutcome.Acceptee, await h.LedgerOutcomeAsync(v1));
        Assert.Equal(v1.UploadId, (await h.Pointers.GetAsync(2023, Code, None))!.UploadId);
        Assert.Equal("Rejetée", (await h.ReadFeedbackJsonAsync(rejected.Entry.FeedbackJsonPath!)).Outcome);

        var submission = Assert.Single((await h.Input.LoadAsync(2023, None)).Submissions);
        Assert.Equal(v1.BlobName, submission.Current!.BlobName);
        Assert.Equal(12, submission.Workbook!.Structure.StaffHeadcount);
        Assert.Equal(v2.BlobName, submission.Latest!.BlobName);
        Assert.Equal(UploadOutcome.Rejetee, submission.Latest.Outcome);
    }

    [Fact]
    public async Task OnlyRejectedUpload_SubmissionWithoutCurrentInItsCollectionYears()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite);
        var upload = await h.UploadCentreAsync($"{Code}/v1.xlsx", h.Checker.Register(TestWorkbooks.RejectedCentre()), T1);

        await h.Ingestion.IngestAsync(upload, None);

        // Uploaded in January 2024: it can concern 2023 (usual collection) or 2024, not 2022.
        var submission = Assert.Single((await h.Input.LoadAsync(2023, None)).Submissions);
        Assert.Null(submission.Current);
        Assert.Null(submission.Workbook);
        Assert.Equal(UploadOutcome.Rejetee, submission.Latest!.Outcome);
        Assert.Single((await h.Input.LoadAsync(2024, None)).Submissions);
        Assert.Empty((await h.Input.LoadAsync(2022, None)).Submissions);
        Assert.Equal([2023, 2024], (await h.Years.ListChangedAsync(None)).Select(c => c.Year));
    }

    [Fact]
    public async Task LaterReupload_SupersedesAndPreviousBecomesRemplacee()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite);
        var v1 = await h.UploadCentreAsync($"{Code}/v1.xlsx", h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Centre(Code, 2023, staff: 12))), T1);
        var v2 = await h.UploadCentreAsync($"{Code}/v2.xlsx", h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Centre(Code, 2023, staff: 15))), T2);

        await h.Ingestion.IngestAsync(v1, None);
        var second = await h.Ingestion.IngestAsync(v2, None);

        Assert.Equal(UploadOutcome.Acceptee, second.Entry.Outcome);
        Assert.Equal(UploadOutcome.Remplacee, await h.LedgerOutcomeAsync(v1));
        var submission = Assert.Single((await h.Input.LoadAsync(2023, None)).Submissions);
        Assert.Equal(15, submission.Workbook!.Structure.StaffHeadcount);
        Assert.Equal(v2.BlobName, submission.Current!.BlobName);
    }

    [Fact]
    public async Task IdenticalReupload_DoublonTakesThePointerOverAndTheFiguresStay()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite);
        var content = h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Centre(Code, 2023)));
        var v1 = await h.UploadCentreAsync($"{Code}/v1.xlsx", content, T1);
        var v2 = await h.UploadCentreAsync($"{Code}/copie de v1.xlsx", content, T2);

        await h.Ingestion.IngestAsync(v1, None);
        var changesBefore = await h.Years.GetCounterAsync(2023, None);
        var duplicate = await h.Ingestion.IngestAsync(v2, None);

        Assert.Equal(UploadOutcome.Doublon, duplicate.Entry.Outcome);
        Assert.Equal(UploadOutcome.Acceptee, await h.LedgerOutcomeAsync(v1));
        // The later upload is the one that counts from now on (its time decides against later uploads); the rows stay v1's.
        var pointer = (await h.Pointers.GetAsync(2023, Code, None))!;
        Assert.Equal(v2.UploadId, pointer.UploadId);
        Assert.Contains(v1.UploadId, pointer.RowsPartition, StringComparison.Ordinal);
        Assert.Equal(changesBefore, await h.Years.GetCounterAsync(2023, None));
        Assert.Equal("Doublon", (await h.ReadFeedbackJsonAsync(duplicate.Entry.FeedbackJsonPath!)).Outcome);
        var submission = Assert.Single((await h.Input.LoadAsync(2023, None)).Submissions);
        Assert.Equal(v1.BlobName, submission.Latest!.BlobName);
    }

    [Fact]
    public async Task SameBlobVersionTwice_SecondChangesNothing()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite);
        var v1 = await h.UploadCentreAsync($"{Code}/v1.xlsx", h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Centre(Code, 2023))), T1);

        var first = await h.Ingestion.IngestAsync(v1, None);
        var pointer = await h.Pointers.GetAsync(2023, Code, None);
        var counter = await h.Years.GetCounterAsync(2023, None);
        var second = await h.Ingestion.IngestAsync(v1, None);

        Assert.True(second.AlreadyRecorded);
        Assert.Equal(first.Entry, second.Entry);
        Assert.Single(h.Checker.Calls);
        Assert.Equal(pointer!.ETag, (await h.Pointers.GetAsync(2023, Code, None))!.ETag);
        Assert.Equal(counter, await h.Years.GetCounterAsync(2023, None));
    }

    [Fact]
    public async Task TwoVersionsInReverseOrder_LaterStaysCurrentAndEarlierIsRemplacee()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite);
        var v1 = await h.UploadCentreAsync($"{Code}/v1.xlsx", h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Centre(Code, 2023, staff: 12))), T1);
        var v2 = await h.UploadCentreAsync($"{Code}/v2.xlsx", h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Centre(Code, 2023, staff: 15))), T2);

        await h.Ingestion.IngestAsync(v2, None);
        var late = await h.Ingestion.IngestAsync(v1, None);

        Assert.Equal(UploadOutcome.Remplacee, late.Entry.Outcome);
        Assert.Equal("Remplacée", (await h.ReadFeedbackJsonAsync(late.Entry.FeedbackJsonPath!)).Outcome);
        Assert.Equal(UploadOutcome.Acceptee, await h.LedgerOutcomeAsync(v2));
        var submission = Assert.Single((await h.Input.LoadAsync(2023, None)).Submissions);
        Assert.Equal(15, submission.Workbook!.Structure.StaffHeadcount);
        Assert.Equal(v2.BlobName, submission.Latest!.BlobName);
    }

    [Fact]
    public async Task TwoVersionsConcurrently_LaterEndsCurrent()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite);
        var pairs = new List<(string Code, BlobUpload Early, BlobUpload Late)>();
        for (var i = 1; i <= 6; i++)
        {
            var code = $"59-LIL-{i:D3}";
            var early = await h.UploadCentreAsync($"{code}/v1.xlsx", h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Centre(code, 2023, staff: 1))), T1);
            var late = await h.UploadCentreAsync($"{code}/v2.xlsx", h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Centre(code, 2023, staff: 2))), T2);
            pairs.Add((code, early, late));
        }

        // Half start with the later version, half with the earlier one; all run at once.
        await Task.WhenAll(pairs.SelectMany((p, i) => i % 2 == 0
            ? new[] { Task.Run(() => h.Ingestion.IngestAsync(p.Early, None)), Task.Run(() => h.Ingestion.IngestAsync(p.Late, None)) }
            : new[] { Task.Run(() => h.Ingestion.IngestAsync(p.Late, None)), Task.Run(() => h.Ingestion.IngestAsync(p.Early, None)) }));

        var input = await h.Input.LoadAsync(2023, None);
        Assert.Equal(6, input.Submissions.Count);
        foreach (var (code, early, late) in pairs)
        {
            Assert.Equal(late.UploadId, (await h.Pointers.GetAsync(2023, code, None))!.UploadId);
            Assert.Equal(UploadOutcome.Remplacee, await h.LedgerOutcomeAsync(early));
            Assert.Equal(UploadOutcome.Acceptee, await h.LedgerOutcomeAsync(late));
            Assert.Equal(2, input.Submissions.Single(s => s.StructureCode == code).Workbook!.Structure.StaffHeadcount);
        }
    }

    [Fact]
    public async Task StorageFailureBeforeSwitch_PreviousStaysCurrentAndRetryCompletes()
    {
        var faults = new StorageFaultPolicy();
        await using var h = await IngestionHarness.CreateAsync(azurite, faults);
        var v1 = await h.UploadCentreAsync($"{Code}/v1.xlsx", h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Centre(Code, 2023, staff: 12))), T1);
        var v2 = await h.UploadCentreAsync($"{Code}/v2.xlsx", h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Centre(Code, 2023, staff: 15, meetings: 250))), T2);
        await h.Ingestion.IngestAsync(v1, None);
        var armed = 1;
        faults.FailWhen(r => !r.IsRead && r.Targets(h.Storage.CurrentVersions.Name) && Interlocked.Exchange(ref armed, 0) == 1
            ? StorageFaultPolicy.FaultKind.Fail
            : StorageFaultPolicy.FaultKind.None);

        await Assert.ThrowsAsync<Azure.RequestFailedException>(() => h.Ingestion.IngestAsync(v2, None));
        faults.FailWhen(null);

        Assert.Null(await h.LedgerOutcomeAsync(v2));
        Assert.Equal(UploadOutcome.Acceptee, await h.LedgerOutcomeAsync(v1));
        var during = Assert.Single((await h.Input.LoadAsync(2023, None)).Submissions);
        Assert.Equal(12, during.Workbook!.Structure.StaffHeadcount);
        Assert.Equal(2, during.Workbook.Meetings.Count);

        var retry = await h.Ingestion.IngestAsync(v2, None);

        Assert.Equal(UploadOutcome.Acceptee, retry.Entry.Outcome);
        Assert.Equal(UploadOutcome.Remplacee, await h.LedgerOutcomeAsync(v1));
        var after = Assert.Single((await h.Input.LoadAsync(2023, None)).Submissions);
        Assert.Equal(15, after.Workbook!.Structure.StaffHeadcount);
        Assert.Equal(250, after.Workbook.Meetings.Count);
    }

    [Fact]
    public async Task BlobAtRootOfUploads_RecordedRejectedWithReason()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite);
        var upload = await h.UploadCentreAsync("activite.xlsx", h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Centre(Code, 2023))), T1);

        var result = await h.Ingestion.IngestAsync(upload, None);

        Assert.Equal(UploadOutcome.Rejetee, result.Entry.Outcome);
        Assert.Equal(1, result.Entry.ErrorCount);
        Assert.Contains("racine", result.Entry.Reason, StringComparison.Ordinal);
        Assert.Null(result.Entry.StructureCode);
        Assert.Empty(h.Checker.Calls);
        Assert.Equal("sans-structure/20240115T093000Z-activite.xlsx.retour.json", result.Entry.FeedbackJsonPath);
        Assert.Equal("Rejetée", (await h.ReadFeedbackJsonAsync(result.Entry.FeedbackJsonPath!)).Outcome);
        Assert.Equal(UploadOutcome.Rejetee, await h.LedgerOutcomeAsync(upload));
        Assert.Empty((await h.Input.LoadAsync(2023, None)).Submissions);
    }

    [Fact]
    public async Task BlobInSubFolder_RecordedRejectedUnderItsStructure()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite);
        var upload = await h.UploadCentreAsync($"{Code}/2023/activite.xlsx", h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Centre(Code, 2023))), T1);

        var result = await h.Ingestion.IngestAsync(upload, None);

        Assert.Equal(UploadOutcome.Rejetee, result.Entry.Outcome);
        Assert.Equal(Code, result.Entry.StructureCode);
        var history = await h.Ledger.ListFolderAsync(h.Storage.Uploads.Name, Code, None);
        Assert.Equal(upload.BlobName, Assert.Single(history).BlobName);
    }

    [Fact]
    public async Task FortyThousandCharacterText_WrittenTruncatedWithoutCrash()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite);
        var title = string.Concat(Enumerable.Repeat("Formation très longue é ", 1700))[..40_000];
        var workbook = TestWorkbooks.Centre(Code, 2023, trainingTitle: title);
        var upload = await h.UploadCentreAsync($"{Code}/v1.xlsx", h.Checker.Register(TestWorkbooks.Accepted(workbook)), T1);

        var result = await h.Ingestion.IngestAsync(upload, None);

        Assert.Equal(UploadOutcome.Acceptee, result.Entry.Outcome);
        var stored = Assert.Single((await h.Input.LoadAsync(2023, None)).Submissions).Workbook!.Trainings.Single().Title!;
        Assert.Equal(32_000, stored.Length);
        Assert.StartsWith(title[..1000], stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThousandMeetings_StoredInElevenTransactionsAndReadBackInOrder()
    {
        // 1,000 meetings + structure + 1 training + 2 programmes = 1,004 rows of one partition: 11 transactions.
        // (5,000 rows take ~8 s on a loaded Azurite, whose transactions are slow; the batching is the same.)
        await using var h = await IngestionHarness.CreateAsync(azurite);
        var workbook = TestWorkbooks.Centre(Code, 2023, meetings: 1000);
        var upload = await h.UploadCentreAsync($"{Code}/gros.xlsx", h.Checker.Register(TestWorkbooks.Accepted(workbook)), T1);

        var result = await h.Ingestion.IngestAsync(upload, None);

        Assert.Equal(UploadOutcome.Acceptee, result.Entry.Outcome);
        Assert.Equal(1004, (await h.Pointers.GetAsync(2023, Code, None))!.RowCount);
        var stored = Assert.Single((await h.Input.LoadAsync(2023, None)).Submissions).Workbook!;
        Assert.Equal(workbook.Meetings, stored.Meetings);
    }

    [Fact]
    public async Task CheckerDefect_RecordedRejectedWithFeedbackInsteadOfFailing()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite);
        var upload = await h.UploadCentreAsync($"{Code}/v1.xlsx", h.Checker.RegisterDefect(), T1);

        var result = await h.Ingestion.IngestAsync(upload, None);

        Assert.Equal(UploadOutcome.Rejetee, result.Entry.Outcome);
        var json = await h.ReadFeedbackJsonAsync(result.Entry.FeedbackJsonPath!);
        Assert.Equal(IngestionService.UnreadableIssueCode, Assert.Single(json.Issues).Code);
    }

    [Fact]
    public async Task IngestCentreWorkbookFunction_IngestsTheTriggeringBlob()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite);
        var blob = h.Storage.Uploads.GetBlobClient($"{Code}/v1.xlsx");
        await blob.UploadAsync(new BinaryData(h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Centre(Code, 2023)))));

        await new Functions.IngestCentreWorkbook(h.Get<IsolatedIngestion>()).RunAsync(blob, None);

        var history = await h.Ledger.ListFolderAsync(h.Storage.Uploads.Name, Code, None);
        Assert.Equal(UploadOutcome.Acceptee, Assert.Single(history).Outcome);
    }

    private static void AssertSameWorkbook(Core.Model.CentreWorkbook expected, Core.Model.CentreWorkbook actual)
    {
        Assert.Equal(expected.Structure, actual.Structure);
        Assert.Equal(expected.Meetings, actual.Meetings);
        Assert.Equal(expected.Trainings, actual.Trainings);
        Assert.Equal(expected.Programmes, actual.Programmes);
    }
}
