using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Ingestion;
using FederationFunctions.Core.Reports;
using FederationFunctions.Core.Storage;
using FederationFunctions.Core.Validation;

namespace FederationFunctions.Web.Queries;

/// <summary>
/// Loads a year's staff page from the same inputs and rules as the consolidation (the calculator is pure: this writes nothing
/// and agrees with the report's « Complétude » sheet), plus the reasons of the last rejections and the reference's contacts.
/// </summary>
public sealed class CollectionOverviewQuery(
    FederationStorage storage,
    IConsolidationInputSource inputs,
    IIndicatorCalculator calculator,
    IReportStore reports,
    UploadLedger ledger,
    FeedbackReader feedback,
    TimeProvider time)
{
    private const int MaxParallelReads = 8;

    public async Task<CollectionOverview> LoadAsync(int year, CancellationToken cancellationToken)
    {
        var input = await inputs.LoadAsync(year, cancellationToken).ConfigureAwait(false);
        var result = calculator.Calculate(input, time.GetUtcNow());
        var reference = input.Reference;
        var territoryNames = reference?.Territories.ToDictionary(t => t.Code, t => t.Name, StringComparer.Ordinal) ?? [];
        var structures = reference?.Structures.ToDictionary(s => s.Code, StringComparer.Ordinal) ?? [];

        var departments = result.Completeness
            .GroupBy(r => r.Department)
            .OrderBy(g => (int)g.Key)
            .Select(g => CollectionCounts.Of(FrenchLabels.Department(g.Key), g))
            .ToList();
        var territories = result.Completeness
            .GroupBy(r => r.TerritoryCode)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => CollectionCounts.Of(territoryNames.GetValueOrDefault(g.Key, g.Key), g))
            .ToList();

        var latestUploads = input.Submissions.Where(s => s.Latest is not null).ToDictionary(s => s.StructureCode, s => s.Latest!, StringComparer.Ordinal);
        var followUpRows = result.Completeness.Where(r => r.Status is CompletenessStatus.Manquante or CompletenessStatus.Rejetee).ToList();
        var reasons = new System.Collections.Concurrent.ConcurrentDictionary<string, string?>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(
            followUpRows.Where(r => r.Status == CompletenessStatus.Rejetee),
            new ParallelOptions { MaxDegreeOfParallelism = MaxParallelReads, CancellationToken = cancellationToken },
            async (row, ct) => reasons[row.StructureCode] = latestUploads.TryGetValue(row.StructureCode, out var latest)
                ? await RejectionReasonAsync(row.StructureCode, latest, ct).ConfigureAwait(false)
                : null).ConfigureAwait(false);

        var followUp = followUpRows
            .Select(r =>
            {
                structures.TryGetValue(r.StructureCode, out var structure);
                latestUploads.TryGetValue(r.StructureCode, out var latest);
                return new FollowUpEntry(
                    r.StructureCode, r.Name, territoryNames.GetValueOrDefault(r.TerritoryCode, r.TerritoryCode), FrenchLabels.Department(r.Department),
                    r.Status, reasons.GetValueOrDefault(r.StructureCode), latest?.UploadedAt,
                    structure?.ContactName, structure?.ContactEmail, structure?.ContactPhone);
            })
            .ToList();

        var latestReport = (await reports.ListAsync(cancellationToken).ConfigureAwait(false))
            .Where(r => r.Year == year && !r.IsLatest)
            .OrderByDescending(r => r.ComputedAt)
            .FirstOrDefault();

        var referenceUploads = (await ledger.ListFolderAsync(storage.Options.ReferenceContainer, year.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false))
            .OrderByDescending(e => e.UploadedAt)
            .ToList();
        var referenceFeedback = referenceUploads.Count == 0 ? null : await feedback.ReadAsync(referenceUploads[0], cancellationToken).ConfigureAwait(false);

        return new CollectionOverview(
            year, reference is not null, CollectionCounts.Of("Réseau", result.Completeness), departments, territories, followUp,
            latestReport, referenceUploads, referenceFeedback);
    }

    private async Task<string?> RejectionReasonAsync(string structureCode, UploadSummary latest, CancellationToken cancellationToken)
    {
        var entry = (await ledger.ListFolderAsync(storage.Options.UploadsContainer, structureCode, cancellationToken).ConfigureAwait(false))
            .FirstOrDefault(e => e.BlobName == latest.BlobName && e.UploadedAt == latest.UploadedAt);
        if (entry is null)
        {
            return null;
        }

        if (entry.Reason is { Length: > 0 } reason)
        {
            return reason;
        }

        var json = await feedback.ReadAsync(entry, cancellationToken).ConfigureAwait(false);
        var errors = json?.Issues.Where(i => i.SeverityCode == "ERREUR").ToList();
        if (errors is null || errors.Count == 0)
        {
            return null;
        }

        return errors.Count == 1 ? errors[0].Message : $"{errors[0].Message} (et {errors.Count - 1} autre{(errors.Count > 2 ? "s" : "")} erreur{(errors.Count > 2 ? "s" : "")})";
    }
}
