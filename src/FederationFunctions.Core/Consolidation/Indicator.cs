namespace FederationFunctions.Core.Consolidation;

/// <summary>One row of the <c>Indicateurs</c> sheet.</summary>
/// <param name="Code">e.g. <c>RESEAU.STRUCTURES</c>.</param>
/// <param name="Scope">The <c>Périmètre</c>: <c>FED</c>, <c>59</c>, <c>62</c>, a territory code, or an action code.</param>
/// <param name="Label">French label.</param>
/// <param name="Value">Exact value (a rate is a fraction 0–1); null where an average has nothing to average.</param>
/// <param name="Unit">The spec's unit: <c>nombre</c>, <c>ETP</c>, <c>%</c>, <c>moyenne</c>, <c>€</c>.</param>
public sealed record Indicator(string Code, string Scope, string Label, decimal? Value, string Unit);
