using FederationFunctions.Core.Model;

namespace FederationFunctions.Core.Consolidation;

/// <summary>Everything one year's consolidation computed; the consolidated workbook is written from it alone.</summary>
public sealed record ConsolidationResult(
    int Year,
    DateTimeOffset ComputedAt,
    ReferenceWorkbook? Reference,
    IReadOnlyList<Indicator> Indicators,
    FosforaTable Fosfora,
    HealthTable Health,
    IReadOnlyList<CompletenessRow> Completeness,
    IReadOnlyList<Anomaly> Anomalies)
{
    /// <summary>The value of an indicator, or null when absent or undefined.</summary>
    public decimal? Value(string code, string scope) =>
        Indicators.FirstOrDefault(i => i.Code == code && i.Scope == scope)?.Value;
}
