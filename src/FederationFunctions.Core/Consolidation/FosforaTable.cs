namespace FederationFunctions.Core.Consolidation;

/// <summary>The FOSFORA table (<c>indicators-v1.md</c> § The FOSFORA table).</summary>
/// <param name="Rows">Headings, lines, group totals and the general total, in display order.</param>
/// <param name="EnvelopeEur">The reference's envelope, or null.</param>
/// <param name="OverrunEur">Amount above the envelope (positive), or null when within it or without an envelope.</param>
public sealed record FosforaTable(IReadOnlyList<FosforaTableRow> Rows, decimal? EnvelopeEur, decimal? OverrunEur)
{
    public FosforaTableRow? GrandTotal => Rows.LastOrDefault(r => r.Kind == FosforaRowKind.GrandTotal);
}
