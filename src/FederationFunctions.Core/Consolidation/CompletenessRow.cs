using FederationFunctions.Core.Model;

namespace FederationFunctions.Core.Consolidation;

/// <summary>One row of the <c>Complétude</c> sheet: a member structure and the state of its workbook.</summary>
/// <param name="UploadedAt">The time of the upload that decides the status: the current accepted one, or the latest when rejected.</param>
/// <param name="LaterRejection">
/// The latest upload when it was rejected after an accepted version (which stays current and counted), else null: the
/// structure is <c>Reçue</c> for every count, and a person should still know that its correction did not go through.
/// </param>
public sealed record CompletenessRow(
    string StructureCode,
    string Name,
    string TerritoryCode,
    Department Department,
    CompletenessStatus Status,
    DateTimeOffset? UploadedAt,
    string? FileName,
    int ErrorCount,
    int WarningCount,
    UploadSummary? LaterRejection = null);
