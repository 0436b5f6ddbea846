using FederationFunctions.Core.Model;

namespace FederationFunctions.Core.Consolidation;

/// <summary>One row of the <c>Complétude</c> sheet: a member structure and the state of its workbook.</summary>
public sealed record CompletenessRow(
    string StructureCode,
    string Name,
    string TerritoryCode,
    Department Department,
    CompletenessStatus Status,
    DateTimeOffset? UploadedAt,
    string? FileName,
    int ErrorCount,
    int WarningCount);
