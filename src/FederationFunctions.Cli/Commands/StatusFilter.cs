using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Reports;

namespace FederationFunctions.Cli.Commands;

/// <summary>
/// Which structures <c>federation status</c> lists: all by default; with <c>--missing</c> those that sent nothing; with
/// <c>--rejected</c> those whose latest upload was rejected, including those whose earlier accepted version still counts
/// (someone should still call them: their correction did not go through); with both, the union.
/// </summary>
/// <param name="Missing"><c>--missing</c>.</param>
/// <param name="Rejected"><c>--rejected</c>.</param>
internal sealed record StatusFilter(bool Missing, bool Rejected)
{
    private static readonly string MissingLabel = FrenchLabels.Completeness(CompletenessStatus.Manquante);
    private static readonly string RejectedLabel = FrenchLabels.Completeness(CompletenessStatus.Rejetee);

    /// <summary>What the filter keeps, for the table's title (<c>manquantes</c>, <c>rejetées</c>), or null when it keeps everything.</summary>
    public string? Name => (Missing, Rejected) switch
    {
        (true, true) => "manquantes ou rejetées",
        (true, false) => "manquantes",
        (false, true) => "rejetées",
        _ => null,
    };

    public bool Includes(StructureCollectionStatus structure)
    {
        ArgumentNullException.ThrowIfNull(structure);
        if (!Missing && !Rejected)
        {
            return true;
        }

        return (Missing && structure.Status == MissingLabel)
            || (Rejected && (structure.Status == RejectedLabel || structure.LaterRejection is not null));
    }
}
