using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Ingestion;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Validation;
using FederationFunctions.IntegrationTests.Infrastructure;

namespace FederationFunctions.IntegrationTests.Reliability;

/// <summary>One upload of a <see cref="LoadScenario"/> as stored (its version and upload time) and as planned.</summary>
internal sealed record ListedUpload(BlobUpload Upload, LoadUpload Plan);

/// <summary>
/// What <c>docs/reliability.md</c> guarantees after any run over a <see cref="LoadScenario"/>, under load or faults: exactly one
/// ledger entry per upload with the right outcome, newest wins for every structure, only whole versions visible, and the
/// indicators of a clean sequential run over the same files.
/// </summary>
internal static class LoadScenarioChecks
{
    public const int Year = 2023;

    private static readonly Comparer<BlobUpload> ByRecency =
        Comparer<BlobUpload>.Create((a, b) => BlobUpload.CompareRecency(a.UploadedAt, a.VersionKey, b.UploadedAt, b.VersionKey));

    /// <summary>Uploads the scenario's reference for <see cref="Year"/> and ingests it.</summary>
    public static async Task IngestReferenceAsync(IngestionHarness h, LoadScenario scenario)
    {
        var reference = await h.UploadReferenceAsync($"{Year}/referentiel.xlsx", h.Checker.RegisterOnce(TestWorkbooks.Accepted(TestWorkbooks.Reference(Year, scenario.Structures))), DateTimeOffset.UtcNow);
        await h.Ingestion.IngestAsync(reference, CancellationToken.None);
    }

    /// <summary>Every blob of the uploads container with its plan.</summary>
    public static async Task<IReadOnlyList<ListedUpload>> ListAsync(IngestionHarness h, LoadScenario scenario)
    {
        var plans = scenario.Uploads.ToDictionary(u => u.BlobName, StringComparer.Ordinal);
        var listed = (await ListUploadsAsync(h.Storage.Uploads)).Select(u => new ListedUpload(u, plans[u.BlobName])).ToList();
        Assert.Equal(scenario.Uploads.Count, listed.Count);
        return listed;
    }

    /// <summary>Every blob of a container as the sweep sees it (its version and upload time).</summary>
    public static async Task<IReadOnlyList<BlobUpload>> ListUploadsAsync(BlobContainerClient container)
    {
        var uploads = new List<BlobUpload>();
        await foreach (var item in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, null, CancellationToken.None))
        {
            uploads.Add(new BlobUpload(container.Name, item.Name, item.VersionId, item.Properties.ETag!.Value.ToString(), item.Properties.LastModified!.Value, item.Properties.ContentLength ?? 0));
        }

        return uploads;
    }

    /// <summary>Exactly one ledger entry per upload, and every upload planned rejected is <c>Rejetée</c>. Returns the entries by blob name.</summary>
    public static async Task<IReadOnlyDictionary<string, UploadLedgerEntry>> AssertEachRecordedOnceAsync(IngestionHarness h, IReadOnlyList<ListedUpload> listed)
    {
        var ledger = await h.Ledger.ListContainerAsync(h.Storage.Uploads.Name, CancellationToken.None);
        Assert.Equal(listed.Count, ledger.Count);
        Assert.Equal(listed.Select(l => l.Upload.BlobName).Order(StringComparer.Ordinal), ledger.Select(e => e.BlobName).Order(StringComparer.Ordinal));
        var entries = ledger.ToDictionary(e => e.BlobName, StringComparer.Ordinal);
        foreach (var rejected in listed.Where(l => !l.Plan.Accepted))
        {
            Assert.Equal(UploadOutcome.Rejetee, entries[rejected.Upload.BlobName].Outcome);
        }

        return entries;
    }

    /// <summary>Each structure's current version is its latest accepted upload (by upload time, then version), and only it is still <c>Acceptée</c>.</summary>
    public static async Task AssertNewestWinsAsync(IngestionHarness h, IReadOnlyList<ListedUpload> listed, IReadOnlyDictionary<string, UploadLedgerEntry> entries)
    {
        var latestAccepted = listed.Where(l => l.Plan.Accepted)
            .GroupBy(l => l.Plan.Code)
            .ToDictionary(g => g.Key, g => g.MaxBy(l => l.Upload, ByRecency)!);
        foreach (var (code, latest) in latestAccepted)
        {
            var pointer = await h.Pointers.GetAsync(Year, code, CancellationToken.None);
            Assert.True(pointer is not null && pointer.UploadId == latest.Upload.UploadId, $"{code}: current {pointer?.BlobName}, latest accepted {latest.Upload.BlobName}");
            Assert.Contains(entries[latest.Upload.BlobName].Outcome, new[] { UploadOutcome.Acceptee, UploadOutcome.Doublon });
            var stillAccepted = listed.Where(l => l.Plan.Code == code && l.Plan.Accepted && entries[l.Upload.BlobName].Outcome == UploadOutcome.Acceptee).ToList();
            Assert.True(stillAccepted.Count <= 1, $"{code}: {stillAccepted.Count} uploads still Acceptée");
            Assert.All(stillAccepted, a => Assert.Equal(a.Plan.Content, latest.Plan.Content));
        }
    }

    /// <summary>What consolidation reads for each structure is one of its accepted contents, whole (no version with rows missing).</summary>
    public static Task AssertOnlyWholeVersionsVisibleAsync(IngestionHarness h, IReadOnlyList<ListedUpload> listed) =>
        AssertOnlyWholeVersionsVisibleAsync(h.Input, Year, listed.Where(l => l.Plan.Accepted).Select(l => l.Plan.Content.Workbook!));

    /// <summary>What consolidation reads for each structure of <paramref name="year"/> is one of the <paramref name="accepted"/> workbooks of its code, whole.</summary>
    public static async Task AssertOnlyWholeVersionsVisibleAsync(IConsolidationInputSource input, int year, IEnumerable<CentreWorkbook> accepted)
    {
        var whole = accepted
            .GroupBy(w => w.Structure.StructureCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(Fingerprint).ToHashSet(), StringComparer.Ordinal);
        foreach (var submission in (await input.LoadAsync(year, CancellationToken.None)).Submissions.Where(s => s.Workbook is not null))
        {
            Assert.True(
                whole.TryGetValue(submission.StructureCode, out var versions) && versions.Contains(Fingerprint(submission.Workbook!)),
                $"{submission.StructureCode}: the visible version ({Fingerprint(submission.Workbook!)}) is none of its accepted uploads, whole");
        }
    }

    /// <summary>
    /// A clean sequential run over the same files in upload order (new containers on <paramref name="azurite"/>, nothing failing,
    /// <paramref name="excluded"/> left out), consolidated.
    /// </summary>
    public static async Task<ConsolidationRun> CleanSequentialRunAsync(
        IAzurite azurite, IngestionHarness h, LoadScenario scenario, IReadOnlyList<ListedUpload> listed, Func<LoadUpload, bool>? excluded = null)
    {
        await using var clean = await IngestionHarness.CreateAsync(azurite, checker: h.Checker);
        await IngestReferenceAsync(clean, scenario);
        var at = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        foreach (var (upload, plan) in listed.OrderBy(l => l.Upload, ByRecency).Where(l => excluded?.Invoke(l.Plan) != true))
        {
            at = at.AddMinutes(1);
            await clean.Ingestion.IngestAsync(await clean.UploadCentreAsync(upload.BlobName, h.Checker.RegisterOnce(plan.Content), at), CancellationToken.None);
        }

        return await clean.Get<ConsolidationService>().RunAsync(Year, CancellationToken.None);
    }

    public static void AssertSameIndicators(ConsolidationRun expected, ConsolidationRun actual) =>
        AssertSameIndicators(expected.Result.Indicators, actual.Result.Indicators);

    public static void AssertSameIndicators(IEnumerable<Indicator> expected, IEnumerable<Indicator> actual) => Assert.Equal(
        expected.Select(i => (i.Code, i.Scope, i.Value)),
        actual.Select(i => (i.Code, i.Scope, i.Value)));

    private static string Fingerprint(CentreWorkbook workbook) =>
        $"{workbook.Structure.StaffHeadcount} salariés, {workbook.Meetings.Count} rencontres, {workbook.Trainings.Count} formations, {workbook.Programmes.Count} dispositifs";
}
