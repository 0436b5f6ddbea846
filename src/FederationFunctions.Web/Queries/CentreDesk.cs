using FederationFunctions.Core.Ingestion;
using FederationFunctions.Core.Reports;

namespace FederationFunctions.Web.Queries;

/// <summary>What a centre's page shows: who, which year, the deadline, what counts, the latest upload's feedback, the history.</summary>
/// <param name="StructureName">The name the reference gives, or null when the year's reference does not list the structure.</param>
/// <param name="HasTemplate">True when the year's reference lists the structure as a member (its pre-filled template exists).</param>
/// <param name="Current">The upload that counts (current accepted version), or null.</param>
/// <param name="Latest">The latest upload of the year (any outcome), or null when nothing was sent.</param>
/// <param name="LatestFeedback">The latest upload's feedback (problems), or null.</param>
/// <param name="History">Every upload of the year, newest first.</param>
public sealed record CentreDesk(
    string StructureCode,
    int Year,
    string? StructureName,
    DateOnly Deadline,
    bool HasTemplate,
    UploadLedgerEntry? Current,
    UploadLedgerEntry? Latest,
    FeedbackJson? LatestFeedback,
    IReadOnlyList<UploadLedgerEntry> History)
{
    /// <summary>The status as the centre reads it.</summary>
    public string StatusLabel => Current switch
    {
        { WarningCount: > 0 } => "Accepté avec avertissements",
        not null => "Accepté",
        null when Latest is not null => "Rejeté",
        _ => "Pas encore envoyé",
    };

    /// <summary>A CSS class name for the status badge.</summary>
    public string StatusKind => Current switch
    {
        { WarningCount: > 0 } => "warning",
        not null => "ok",
        null when Latest is not null => "error",
        _ => "none",
    };
}
