using System.Globalization;
using FederationFunctions.Core.Reports;

namespace FederationFunctions.Core.Consolidation;

/// <summary>
/// Answers "where is the collection for this year?" from the same inputs and rules as the consolidation
/// (the calculator is pure, so this writes nothing and agrees with the report's <c>Complétude</c> sheet).
/// </summary>
public sealed class CollectionStatusQuery(IConsolidationInputSource inputSource, IIndicatorCalculator calculator, TimeProvider timeProvider)
{
    public async Task<CollectionStatus> GetAsync(int year, CancellationToken cancellationToken)
    {
        var input = await inputSource.LoadAsync(year, cancellationToken);
        return Describe(input, calculator.Calculate(input, timeProvider.GetUtcNow()));
    }

    /// <summary>The status of a year from inputs already loaded and calculated (the command line also prints the result's territory counts).</summary>
    public static CollectionStatus Describe(ConsolidationInput input, ConsolidationResult result)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(result);
        var structures = result.Completeness
            .Select(row => new StructureCollectionStatus(
                StructureCode: row.StructureCode,
                Name: row.Name,
                TerritoryCode: row.TerritoryCode,
                Department: ((int)row.Department).ToString(CultureInfo.InvariantCulture),
                Status: FrenchLabels.Completeness(row.Status),
                UploadedAt: row.UploadedAt,
                FileName: row.FileName,
                ErrorCount: row.ErrorCount,
                WarningCount: row.WarningCount,
                LaterRejection: row.LaterRejection))
            .ToList();
        return new CollectionStatus(
            Year: input.Year,
            HasReference: input.Reference is not null,
            Structures: structures,
            Expected: structures.Count,
            Received: result.Completeness.Count(r => r.Status is CompletenessStatus.Recue or CompletenessStatus.RecueAvecAvertissements),
            Rejected: result.Completeness.Count(r => r.Status == CompletenessStatus.Rejetee),
            Missing: result.Completeness.Count(r => r.Status == CompletenessStatus.Manquante),
            Anomalies: [.. result.Anomalies.Where(a => a.Kind is AnomalyKind.UnknownStructure or AnomalyKind.NonMemberStructure or AnomalyKind.MissingReference).Select(a => a.Message)]);
    }
}
