namespace FederationFunctions.Core.Consolidation;

/// <summary>
/// Builds the <c>Complétude</c> rows: one per member structure, in reference order, with the upload that
/// decides its status (the current one when received, the latest when rejected, none when missing).
/// </summary>
internal static class CompletenessBuilder
{
    public static IReadOnlyList<CompletenessRow> Build(CountedNetwork network) =>
        network.Members.Select(Row).ToList();

    private static CompletenessRow Row(ConsolidatedMember member)
    {
        var upload = member.Status switch
        {
            CompletenessStatus.Recue or CompletenessStatus.RecueAvecAvertissements => member.Submission?.Current,
            CompletenessStatus.Rejetee => member.Submission?.Latest,
            _ => null,
        };
        var structure = member.Structure;
        return new CompletenessRow(
            StructureCode: structure.Code,
            Name: structure.Name,
            TerritoryCode: member.TerritoryScope ?? structure.TerritoryCode,
            Department: structure.Department,
            Status: member.Status,
            UploadedAt: upload?.UploadedAt,
            FileName: upload is null ? null : UploadFileName.Of(upload.BlobName),
            ErrorCount: upload?.ErrorCount ?? 0,
            WarningCount: upload?.WarningCount ?? 0,
            LaterRejection: LaterRejection(member));
    }

    /// <summary>
    /// The latest upload when it was rejected while an accepted version is current (and counted). The latest upload is
    /// the latest of all (the current one included), so a rejected latest came after the accepted version.
    /// </summary>
    private static UploadSummary? LaterRejection(ConsolidatedMember member) =>
        member.Status is CompletenessStatus.Recue or CompletenessStatus.RecueAvecAvertissements
        && member.Submission is { Latest: { Outcome: Validation.UploadOutcome.Rejetee } latest, Current: not null }
            ? latest
            : null;
}
