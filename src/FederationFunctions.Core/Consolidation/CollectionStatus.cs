namespace FederationFunctions.Core.Consolidation;

/// <summary>The collection status of a year, as <c>GET api/status/{year}</c> returns it.</summary>
/// <param name="Year">The activity year.</param>
/// <param name="HasReference">False when no reference was accepted for the year (then no structure is expected).</param>
/// <param name="Structures">One entry per member structure, in reference order.</param>
/// <param name="Expected">Members expected to send a workbook.</param>
/// <param name="Received">Members with a current accepted workbook.</param>
/// <param name="Rejected">Members whose latest upload was rejected and who have no accepted workbook.</param>
/// <param name="Missing">Members that sent nothing.</param>
/// <param name="Anomalies">What the consolidation could not use (non-members, unknown structures, …), in French.</param>
public sealed record CollectionStatus(
    int Year,
    bool HasReference,
    IReadOnlyList<StructureCollectionStatus> Structures,
    int Expected,
    int Received,
    int Rejected,
    int Missing,
    IReadOnlyList<string> Anomalies);

/// <summary>One member structure's workbook status.</summary>
/// <param name="Department">The department's number, <c>59</c> or <c>62</c>.</param>
/// <param name="Status">The French label: <c>Reçue</c>, <c>Reçue avec avertissements</c>, <c>Rejetée</c> or <c>Manquante</c>.</param>
/// <param name="UploadedAt">The time of the upload that decides the status: the current accepted one, or the latest when rejected.</param>
/// <param name="LaterRejection">
/// The latest upload when it was rejected after the accepted version (which stays current and counted: <paramref name="Status"/>
/// says <c>Reçue</c>), else null.
/// </param>
public sealed record StructureCollectionStatus(
    string StructureCode,
    string Name,
    string TerritoryCode,
    string Department,
    string Status,
    DateTimeOffset? UploadedAt,
    string? FileName,
    int ErrorCount,
    int WarningCount,
    UploadSummary? LaterRejection = null);
