using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Ingestion;
using FederationFunctions.Core.Reports;

namespace FederationFunctions.Web.Queries;

/// <summary>What the staff page of a year shows.</summary>
/// <param name="HasReference">False when no reference was accepted for the year (then no structure is expected).</param>
/// <param name="Total">The whole network's counts.</param>
/// <param name="Departments">Counts per department.</param>
/// <param name="Territories">Counts per territory (territorial assembly).</param>
/// <param name="FollowUp">Missing and rejected member structures, with what the reference says about whom to contact.</param>
/// <param name="LatestReport">The year's latest consolidated report, or null.</param>
/// <param name="ReferenceUploads">The year's reference uploads, newest first.</param>
/// <param name="LatestReferenceFeedback">The latest reference upload's feedback, or null.</param>
public sealed record CollectionOverview(
    int Year,
    bool HasReference,
    CollectionCounts Total,
    IReadOnlyList<CollectionCounts> Departments,
    IReadOnlyList<CollectionCounts> Territories,
    IReadOnlyList<FollowUpEntry> FollowUp,
    ReportInfo? LatestReport,
    IReadOnlyList<UploadLedgerEntry> ReferenceUploads,
    FeedbackJson? LatestReferenceFeedback);

/// <summary>How far the collection is within a group of member structures.</summary>
public sealed record CollectionCounts(string Label, int Expected, int Received, int WithWarnings, int Rejected, int Missing)
{
    /// <summary>Received (with or without warnings) over expected, 0 when nothing is expected.</summary>
    public double Rate => Expected == 0 ? 0 : (double)Received / Expected;

    public static CollectionCounts Of(string label, IEnumerable<CompletenessRow> rows)
    {
        var list = rows.ToList();
        return new CollectionCounts(
            label,
            list.Count,
            list.Count(r => r.Status is CompletenessStatus.Recue or CompletenessStatus.RecueAvecAvertissements),
            list.Count(r => r.Status == CompletenessStatus.RecueAvecAvertissements),
            list.Count(r => r.Status == CompletenessStatus.Rejetee),
            list.Count(r => r.Status == CompletenessStatus.Manquante));
    }
}

/// <summary>A member structure to remind: its status, why its last upload was rejected, and its contacts from the reference.</summary>
public sealed record FollowUpEntry(
    string StructureCode,
    string Name,
    string Territory,
    string Department,
    CompletenessStatus Status,
    string? RejectionReason,
    DateTimeOffset? LastUploadAt,
    string? ContactName,
    string? ContactEmail,
    string? ContactPhone)
{
    public string StatusLabel => FrenchLabels.Completeness(Status);
}
