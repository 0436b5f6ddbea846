using FederationFunctions.Core.Model;

namespace FederationFunctions.Core.Consolidation;

/// <summary>A member structure of the reference, its scopes and what it sent.</summary>
/// <param name="Scopes">FED, its department and, when the reference knows it, its territory (from its reference entry, never from its workbook).</param>
/// <param name="TerritoryScope">The territory code as the <c>Territoires</c> sheet spells it, or null when unknown.</param>
/// <param name="Submission">What the structure code uploaded, or null when nothing.</param>
/// <param name="CountedWorkbook">The current accepted workbook, or null: only this counts in indicators.</param>
internal sealed record ConsolidatedMember(
    MemberStructure Structure,
    IReadOnlyList<string> Scopes,
    string? TerritoryScope,
    CentreSubmission? Submission,
    CentreWorkbook? CountedWorkbook,
    CompletenessStatus Status);
