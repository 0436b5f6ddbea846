using System.Diagnostics;
using Azure;
using Azure.Storage.Blobs.Models;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Reports;
using FederationFunctions.Core.Storage;
using FederationFunctions.Core.Validation;
using Microsoft.Extensions.Logging;

namespace FederationFunctions.Core.Ingestion;

/// <summary>
/// Ingests one uploaded blob version: path check, idempotency, hash, check, versioning, feedback, ledger, year mark.
/// The uploaded blob is only read. See <c>docs/ingestion.md</c>.
/// </summary>
public sealed partial class IngestionService
{
    /// <summary>Issue code of an upload refused for its place in the container.</summary>
    public const string PathIssueCode = "FILE_PATH_INVALID";

    /// <summary>Issue code of a file the checker failed on unexpectedly.</summary>
    public const string UnreadableIssueCode = "FILE_UNREADABLE";

    private const string UnreadableMessage =
        "Le fichier n'a pas pu être lu : une erreur inattendue s'est produite pendant sa lecture. Vérifiez qu'il s'ouvre dans Excel, "
        + "enregistrez-le à nouveau au format .xlsx puis déposez-le une nouvelle fois. Si le problème persiste, contactez la fédération.";

    private const int MaxDownloadAttempts = 3;

    private const string UnprocessableMessage =
        "Le fichier n'a pas pu être traité malgré plusieurs essais (il ne se télécharge pas ou provoque une erreur). Ouvrez-le dans Excel, "
        + "enregistrez-le à nouveau au format .xlsx sous un nom court, puis déposez-le une nouvelle fois. Si le problème persiste, contactez la fédération "
        + "en indiquant le nom du fichier et sa date de dépôt.";

    private const string UnprocessableReferenceMessage =
        "Le référentiel n'a pas pu être traité malgré plusieurs essais (il ne se télécharge pas ou provoque une erreur). Enregistrez-le à nouveau "
        + "au format .xlsx sous un nom court et déposez-le une nouvelle fois ; si le problème persiste, transmettez le fichier à l'équipe technique.";

    private readonly FederationStorage _storage;
    private readonly UploadLedger _ledger;
    private readonly IWorkbookChecker _checker;
    private readonly CurrentVersionSwitch _switch;
    private readonly CentreRowStore _centreRows;
    private readonly ReferenceRowStore _referenceRows;
    private readonly FeedbackPublisher _feedback;
    private readonly YearChangeTracker _years;
    private readonly CurrentVersionStore _pointers;
    private readonly TimeProvider _time;
    private readonly ILogger<IngestionService> _logger;

    public IngestionService(
        FederationStorage storage,
        UploadLedger ledger,
        IWorkbookChecker checker,
        CurrentVersionSwitch versionSwitch,
        CentreRowStore centreRows,
        ReferenceRowStore referenceRows,
        FeedbackPublisher feedback,
        YearChangeTracker years,
        CurrentVersionStore pointers,
        TimeProvider time,
        ILogger<IngestionService> logger)
    {
        _storage = storage ?? throw new ArgumentNullException(nameof(storage));
        _ledger = ledger ?? throw new ArgumentNullException(nameof(ledger));
        _checker = checker ?? throw new ArgumentNullException(nameof(checker));
        _switch = versionSwitch ?? throw new ArgumentNullException(nameof(versionSwitch));
        _centreRows = centreRows ?? throw new ArgumentNullException(nameof(centreRows));
        _referenceRows = referenceRows ?? throw new ArgumentNullException(nameof(referenceRows));
        _feedback = feedback ?? throw new ArgumentNullException(nameof(feedback));
        _years = years ?? throw new ArgumentNullException(nameof(years));
        _pointers = pointers ?? throw new ArgumentNullException(nameof(pointers));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>Ingests the blob's current content (as a trigger delivers it). Null when the blob no longer exists.</summary>
    public async Task<IngestionResult?> IngestAsync(string container, string blobName, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await FindAsync(container, blobName, cancellationToken).ConfigureAwait(false) is not { } upload)
            {
                return null;
            }

            try
            {
                return await IngestAsync(upload, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException e) when (e.Status == 412 && attempt < MaxDownloadAttempts)
            {
                // Overwritten between reading its properties and its content: ingest the newer content.
                LogBlobChanged(container, blobName);
            }
        }
    }

    /// <summary>The blob's current version as a trigger sees it, or null when the blob no longer exists.</summary>
    public async Task<BlobUpload?> FindAsync(string container, string blobName, CancellationToken cancellationToken)
    {
        var blob = _storage.BlobService.GetBlobContainerClient(container).GetBlobClient(blobName);
        try
        {
            var properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            return new BlobUpload(container, blobName, properties.VersionId, properties.ETag.ToString(), properties.LastModified, properties.ContentLength);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            LogBlobGone(container, blobName);
            return null;
        }
    }

    /// <summary>Ingests one blob version. Processing the same version again changes nothing.</summary>
    public async Task<IngestionResult> IngestAsync(BlobUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var started = Stopwatch.GetTimestamp();
        await _storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);

        var existing = await _ledger.GetAsync(upload, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            LogAlreadyRecorded(upload.Container, upload.BlobName, upload.VersionKey, existing.Outcome);
            return new IngestionResult(existing, true);
        }

        var kind = KindOf(upload.Container);
        var path = UploadPath.Parse(kind, upload.Container, upload.BlobName);
        LogIngesting(kind, upload.Container, upload.BlobName, upload.VersionKey, upload.UploadedAt);

        var checkedUpload = await ReadAndCheckAsync(kind, path, upload, cancellationToken).ConfigureAwait(false);
        var outcome = checkedUpload.Outcome;
        var becameCurrent = false;
        CurrentVersion? current = null;
        if (outcome.IsAccepted() && checkedUpload.Year is { } year && checkedUpload.WriteRows is { } writeRows)
        {
            var decision = await _switch.ApplyAsync(
                upload, year, checkedUpload.Slot, checkedUpload.ContentHash, outcome, (checkedUpload.ErrorCount, checkedUpload.WarningCount),
                checkedUpload.RowsPartition!, writeRows, cancellationToken).ConfigureAwait(false);
            outcome = decision.Outcome;
            becameCurrent = decision.BecameCurrent;
            current = decision.Current;
            if (decision.TruncatedTexts > 0)
            {
                LogTruncated(upload.BlobName, decision.TruncatedTexts);
            }
        }
        else if (path.IsValid && checkedUpload.Year is { } rejectedYear)
        {
            // A rejected upload leaves the current version as it is: its feedback says which one still counts.
            current = await _pointers.GetAsync(rejectedYear, kind == UploadKind.Centre ? path.Folder : null, cancellationToken).ConfigureAwait(false);
        }

        var ledgerPartition = UploadLedger.PartitionKeyOf(upload.Container, upload.BlobName);
        var ledgerRow = UploadLedger.RowKeyOf(upload);
        var processedAt = _time.GetUtcNow();
        var report = new FeedbackReport(
            Container: upload.Container,
            BlobName: upload.BlobName,
            FileName: upload.FileName,
            StructureCode: kind == UploadKind.Centre ? path.Folder : null,
            Year: checkedUpload.Year,
            UploadedAt: upload.UploadedAt,
            ProcessedAt: processedAt,
            Outcome: outcome,
            ContentHash: checkedUpload.ContentHash,
            Issues: checkedUpload.Issues,
            Summary: outcome.IsAccepted() || outcome is UploadOutcome.Doublon or UploadOutcome.Remplacee ? checkedUpload.Summary : [],
            CurrentVersion: CountingVersion(current, upload, checkedUpload.ContentHash));
        var feedback = await _feedback.PublishAsync(report, kind == UploadKind.Reference, cancellationToken).ConfigureAwait(false);

        var entry = new UploadLedgerEntry(
            Container: upload.Container,
            BlobName: upload.BlobName,
            VersionId: upload.VersionId,
            ETag: upload.ETag,
            UploadId: upload.UploadId,
            ContentHash: checkedUpload.ContentHash,
            ContentLength: upload.ContentLength,
            UploadedAt: upload.UploadedAt,
            StructureCode: kind == UploadKind.Centre ? path.Folder : null,
            Year: checkedUpload.Year,
            Outcome: outcome,
            ErrorCount: report.ErrorCount,
            WarningCount: report.WarningCount,
            FeedbackWorkbookPath: feedback.Workbook,
            FeedbackJsonPath: feedback.Json,
            ProcessedAt: processedAt,
            ProcessingTime: TimeSpan.FromMilliseconds(Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds)),
            Reason: path.Problem);

        // Every effect a retry would not redo comes before the ledger entry, which stops retries: the year mark first.
        await MarkYearsAsync(kind, entry, cancellationToken).ConfigureAwait(false);
        if (becameCurrent && await IsReplacedAsync(checkedUpload, ledgerPartition, ledgerRow, cancellationToken).ConfigureAwait(false))
        {
            entry = entry with { Outcome = UploadOutcome.Remplacee };
        }

        await _ledger.RecordAsync(entry, cancellationToken).ConfigureAwait(false);

        if (becameCurrent && entry.Outcome != UploadOutcome.Remplacee
            && await IsReplacedAsync(checkedUpload, ledgerPartition, ledgerRow, cancellationToken).ConfigureAwait(false))
        {
            // A later upload switched while this one was recording: it could not mark this entry yet.
            await _ledger.MarkReplacedAsync(ledgerPartition, ledgerRow, cancellationToken).ConfigureAwait(false);
            entry = entry with { Outcome = UploadOutcome.Remplacee };
        }

        LogIngested(upload.Container, upload.BlobName, entry.Outcome.ToFrenchLabel(), entry.ErrorCount, entry.WarningCount, entry.ProcessingTime.TotalMilliseconds);
        return new IngestionResult(entry, false);
    }

    /// <summary>
    /// Records an upload that could not be ingested, for good (the same version failed in several sweeps, or failed in a way a
    /// retry cannot fix), as a rejected upload with feedback telling the centre what to do, so that it stops being retried.
    /// Nothing of it is used. Does nothing when the version is already recorded.
    /// </summary>
    public async Task<IngestionResult> RecordUnreadableAsync(BlobUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        await _storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var existing = await _ledger.GetAsync(upload, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return new IngestionResult(existing, true);
        }

        var kind = KindOf(upload.Container);
        var path = UploadPath.Parse(kind, upload.Container, upload.BlobName);
        var processedAt = _time.GetUtcNow();
        var issue = new ValidationIssue(Severity.Error, UnreadableIssueCode, kind == UploadKind.Centre ? UnprocessableMessage : UnprocessableReferenceMessage);
        var year = kind == UploadKind.Reference ? path.Year : null;
        var report = new FeedbackReport(
            Container: upload.Container,
            BlobName: upload.BlobName,
            FileName: upload.FileName,
            StructureCode: kind == UploadKind.Centre ? path.Folder : null,
            Year: year,
            UploadedAt: upload.UploadedAt,
            ProcessedAt: processedAt,
            Outcome: UploadOutcome.Rejetee,
            ContentHash: string.Empty,
            Issues: [issue],
            Summary: []);
        var feedback = await _feedback.PublishAsync(report, kind == UploadKind.Reference, cancellationToken).ConfigureAwait(false);
        var entry = new UploadLedgerEntry(
            Container: upload.Container,
            BlobName: upload.BlobName,
            VersionId: upload.VersionId,
            ETag: upload.ETag,
            UploadId: upload.UploadId,
            ContentHash: string.Empty,
            ContentLength: upload.ContentLength,
            UploadedAt: upload.UploadedAt,
            StructureCode: kind == UploadKind.Centre ? path.Folder : null,
            Year: year,
            Outcome: UploadOutcome.Rejetee,
            ErrorCount: 1,
            WarningCount: 0,
            FeedbackWorkbookPath: feedback.Workbook,
            FeedbackJsonPath: feedback.Json,
            ProcessedAt: processedAt,
            ProcessingTime: TimeSpan.Zero,
            Reason: path.Problem ?? "Illisible après plusieurs essais");
        await MarkYearsAsync(kind, entry, cancellationToken).ConfigureAwait(false);
        await _ledger.RecordAsync(entry, cancellationToken).ConfigureAwait(false);
        LogRecordedUnreadable(upload.Container, upload.BlobName, upload.VersionKey);
        return new IngestionResult(entry, false);
    }

    private async Task<bool> IsReplacedAsync(CheckedUpload checkedUpload, string ledgerPartition, string ledgerRow, CancellationToken cancellationToken)
    {
        var now = await _pointers.GetAsync(checkedUpload.Year!.Value, checkedUpload.Slot, cancellationToken).ConfigureAwait(false);
        return now is not null && (now.LedgerPartition != ledgerPartition || now.LedgerRow != ledgerRow);
    }

    private static FeedbackCurrentVersion? CountingVersion(CurrentVersion? current, BlobUpload upload, string contentHash) =>
        current is null
            ? null
            : new FeedbackCurrentVersion(
                current.BlobName[(current.BlobName.LastIndexOf('/') + 1)..],
                current.UploadedAt,
                current.UploadId == upload.UploadId,
                string.Equals(current.ContentHash, contentHash, StringComparison.Ordinal));

    private async Task MarkYearsAsync(UploadKind kind, UploadLedgerEntry entry, CancellationToken cancellationToken)
    {
        IReadOnlyList<int> years = entry.Outcome switch
        {
            UploadOutcome.Doublon => [],
            UploadOutcome.Remplacee => [],
            _ when entry.Year is { } year => [year],
            _ when kind == UploadKind.Centre => UnknownYearAttribution.CandidateYears(entry.UploadedAt),
            _ => [],
        };
        foreach (var year in years)
        {
            await _years.MarkChangedAsync(year, cancellationToken).ConfigureAwait(false);
        }
    }

    private UploadKind KindOf(string container)
    {
        if (string.Equals(container, _storage.Options.UploadsContainer, StringComparison.Ordinal))
        {
            return UploadKind.Centre;
        }

        if (string.Equals(container, _storage.Options.ReferenceContainer, StringComparison.Ordinal))
        {
            return UploadKind.Reference;
        }

        throw new ArgumentException($"Container '{container}' is neither the uploads nor the reference container.", nameof(container));
    }

    private async Task<CheckedUpload> ReadAndCheckAsync(UploadKind kind, UploadPath path, BlobUpload upload, CancellationToken cancellationToken)
    {
        var blob = _storage.BlobService.GetBlobContainerClient(upload.Container).GetBlobClient(upload.BlobName);
        var options = new BlobDownloadOptions();
        if (upload.VersionId is { Length: > 0 } versionId)
        {
            blob = blob.WithVersion(versionId);
        }
        else
        {
            options.Conditions = new BlobRequestConditions { IfMatch = new ETag(upload.ETag) };
        }

        var download = await blob.DownloadStreamingAsync(options, cancellationToken).ConfigureAwait(false);
        await using var content = download.Value.Content;
        var hashing = new HashingReadStream(content);

        if (!path.IsValid)
        {
            var hash = await hashing.FinishAsync(cancellationToken).ConfigureAwait(false);
            var issue = new ValidationIssue(Severity.Error, PathIssueCode, path.Problem!);
            return new CheckedUpload(
                Issues: [issue],
                ContentHash: hash,
                Year: path.Year,
                Slot: null,
                Summary: [],
                RowsPartition: null,
                WriteRows: null);
        }

        if (kind == UploadKind.Centre)
        {
            var result = await CheckSafelyAsync(upload, () => _checker.CheckCentreWorkbookAsync(hashing, path.FileName, path.Folder, cancellationToken)).ConfigureAwait(false);
            var hash = await hashing.FinishAsync(cancellationToken).ConfigureAwait(false);
            if (result.Workbook is not { } workbook || result.Outcome == UploadOutcome.Rejetee)
            {
                // The declared year, when readable, attributes the rejection to its collection year.
                return new CheckedUpload(
                    Issues: result.Issues,
                    ContentHash: hash,
                    Year: result.DeclaredYear,
                    Slot: null,
                    Summary: [],
                    RowsPartition: null,
                    WriteRows: null);
            }

            var year = workbook.Structure.Year;
            var code = workbook.Structure.StructureCode;
            var partition = CentreRowStore.PartitionKeyOf(year, code, upload.UploadId);
            return new CheckedUpload(
                Issues: result.Issues,
                ContentHash: hash,
                Year: year,
                Slot: code,
                Summary: SummaryOf(workbook),
                RowsPartition: partition,
                WriteRows: ct => _centreRows.WriteAsync(partition, workbook, ct));
        }
        else
        {
            var result = await CheckSafelyAsync(upload, () => _checker.CheckReferenceWorkbookAsync(hashing, path.FileName, path.Year, cancellationToken)).ConfigureAwait(false);
            var hash = await hashing.FinishAsync(cancellationToken).ConfigureAwait(false);
            if (result.Workbook is not { } workbook || result.Outcome == UploadOutcome.Rejetee)
            {
                return new CheckedUpload(
                    Issues: result.Issues,
                    ContentHash: hash,
                    Year: path.Year,
                    Slot: null,
                    Summary: [],
                    RowsPartition: null,
                    WriteRows: null);
            }

            var year = path.Year!.Value;
            var partition = ReferenceRowStore.PartitionKeyOf(year, upload.UploadId);
            return new CheckedUpload(
                Issues: result.Issues,
                ContentHash: hash,
                Year: year,
                Slot: null,
                Summary: SummaryOf(workbook),
                RowsPartition: partition,
                WriteRows: ct => _referenceRows.WriteAsync(partition, workbook, ct));
        }
    }

    /// <summary>
    /// Runs the check. A checker failure that a retry cannot fix (a defect met on this file's content) gives a rejection with a
    /// French message rather than a trigger failing until the poison queue: the centre still gets feedback. Storage, I/O and
    /// cancellation failures propagate (a retry can fix them).
    /// </summary>
    private async Task<ValidationResult<T>> CheckSafelyAsync<T>(BlobUpload upload, Func<Task<ValidationResult<T>>> check)
        where T : class
    {
        try
        {
            return await check().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not (OperationCanceledException or RequestFailedException or IOException or OutOfMemoryException))
        {
            LogCheckerFailed(e, upload.Container, upload.BlobName);
            return new ValidationResult<T>(null, [new ValidationIssue(Severity.Error, UnreadableIssueCode, UnreadableMessage)]);
        }
    }

    private static IReadOnlyList<KeyValuePair<string, int>> SummaryOf(CentreWorkbook workbook) =>
    [
        new("Rencontres", workbook.Meetings.Count),
        new("Formations", workbook.Trainings.Count),
        new("Dispositifs", workbook.Programmes.Count),
    ];

    private static IReadOnlyList<KeyValuePair<string, int>> SummaryOf(ReferenceWorkbook workbook) =>
    [
        new("Territoires", workbook.Territories.Count),
        new("Structures", workbook.Structures.Count),
        new("Calendrier", workbook.Calendar.Count),
        new("Catalogue", workbook.Catalogue.Count),
    ];

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingesting {Kind} upload {Container}/{BlobName} version {VersionKey} uploaded at {UploadedAt}")]
    private partial void LogIngesting(UploadKind kind, string container, string blobName, string versionKey, DateTimeOffset uploadedAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Upload {Container}/{BlobName} version {VersionKey} already recorded as {Outcome}: nothing to do")]
    private partial void LogAlreadyRecorded(string container, string blobName, string versionKey, UploadOutcome outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingested {Container}/{BlobName}: {OutcomeLabel}, {ErrorCount} errors, {WarningCount} warnings, {ElapsedMilliseconds} ms")]
    private partial void LogIngested(string container, string blobName, string outcomeLabel, int errorCount, int warningCount, double elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{BlobName}: {TruncatedTexts} texts were longer than a table property allows and were cut")]
    private partial void LogTruncated(string blobName, int truncatedTexts);

    [LoggerMessage(Level = LogLevel.Error, Message = "The workbook check failed unexpectedly on {Container}/{BlobName}: recorded as rejected")]
    private partial void LogCheckerFailed(Exception exception, string container, string blobName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Upload {Container}/{BlobName} version {VersionKey} recorded as unreadable (rejected) after failing for good")]
    private partial void LogRecordedUnreadable(string container, string blobName, string versionKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "Blob {Container}/{BlobName} changed while being read: ingesting its new content")]
    private partial void LogBlobChanged(string container, string blobName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Blob {Container}/{BlobName} no longer exists: nothing to ingest")]
    private partial void LogBlobGone(string container, string blobName);

    private sealed record CheckedUpload(
        IReadOnlyList<ValidationIssue> Issues,
        string ContentHash,
        int? Year,
        string? Slot,
        IReadOnlyList<KeyValuePair<string, int>> Summary,
        string? RowsPartition,
        Func<CancellationToken, Task<StoredRows>>? WriteRows)
    {
        public UploadOutcome Outcome => UploadOutcomeExtensions.FromIssues(Issues);

        public int ErrorCount => Issues.Count(i => i.Severity == Severity.Error);

        public int WarningCount => Issues.Count(i => i.Severity == Severity.Warning);
    }
}
