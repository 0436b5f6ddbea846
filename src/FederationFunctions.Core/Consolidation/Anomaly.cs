namespace FederationFunctions.Core.Consolidation;

/// <summary>One line of the <c>Anomalies</c> sheet.</summary>
/// <param name="StructureCode">The structure concerned, or null (e.g. FOSFORA over the envelope).</param>
/// <param name="Sheet">The uploaded sheet concerned, or null.</param>
/// <param name="Row">The uploaded row concerned, or null.</param>
/// <param name="Message">French description, saying what was not counted and why.</param>
public sealed record Anomaly(AnomalyKind Kind, string? StructureCode, string? Sheet, int? Row, string Message);
