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
            structure.Code,
            structure.Name,
            member.TerritoryScope ?? structure.TerritoryCode,
            structure.Department,
            member.Status,
            upload?.UploadedAt,
            upload is null ? null : UploadFileName.Of(upload.BlobName),
            upload?.ErrorCount ?? 0,
            upload?.WarningCount ?? 0);
    }
}
