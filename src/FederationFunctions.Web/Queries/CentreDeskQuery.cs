using FederationFunctions.Core.Ingestion;
using FederationFunctions.Core.Storage;
using FederationFunctions.Core.Templates;
using FederationFunctions.Core.Validation;

namespace FederationFunctions.Web.Queries;

/// <summary>Loads a centre's page: the reference's entry, its ledger history for the year, its current version and the latest feedback.</summary>
public sealed class CentreDeskQuery(
    FederationStorage storage, UploadLedger ledger, CurrentVersionStore pointers, YearReference reference, FeedbackReader feedback, CentreTemplateOptions templates)
{
    public async Task<CentreDesk> LoadAsync(string structureCode, int year, UploadLedgerEntry? justIngested, CancellationToken cancellationToken)
    {
        var referenceTask = reference.GetAsync(year, cancellationToken);
        var historyTask = ledger.ListFolderAsync(storage.Options.UploadsContainer, structureCode, cancellationToken);
        var pointerTask = pointers.GetAsync(year, structureCode, cancellationToken);
        await Task.WhenAll(referenceTask, historyTask, pointerTask).ConfigureAwait(false);

        var structure = (await referenceTask.ConfigureAwait(false))?.Structures.FirstOrDefault(s => string.Equals(s.Code, structureCode, StringComparison.Ordinal));
        var history = (await historyTask.ConfigureAwait(false))
            .Where(e => BelongsTo(e, year) || e.UploadId == justIngested?.UploadId)
            .OrderByDescending(e => e.UploadedAt)
            .ThenByDescending(e => e.ProcessedAt)
            .ToList();
        var pointer = await pointerTask.ConfigureAwait(false);
        var current = pointer is null ? null : history.FirstOrDefault(e => e.UploadId == pointer.UploadId);
        var latest = justIngested ?? history.FirstOrDefault();
        var latestFeedback = latest is null ? null : await feedback.ReadAsync(latest, cancellationToken).ConfigureAwait(false);
        return new CentreDesk(
            structureCode, year, structure?.Name, templates.DeadlineFor(year), structure?.IsMember == true,
            current, latest, latestFeedback, history);
    }

    private static bool BelongsTo(UploadLedgerEntry entry, int year) =>
        entry.Year is { } known ? known == year : UnknownYearAttribution.Matches(entry.UploadedAt, year);
}
