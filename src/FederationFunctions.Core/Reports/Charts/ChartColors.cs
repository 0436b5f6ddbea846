namespace FederationFunctions.Core.Reports.Charts;

/// <summary>Series colours, distinct from the table styles so that a drawn chart is recognisable on a page.</summary>
internal static class ChartColors
{
    /// <summary>This year, or the first series.</summary>
    public const string Current = "2E75B6";

    /// <summary>Last year, beside this year.</summary>
    public const string Previous = "A5A5A5";

    /// <summary>A second series of the same year.</summary>
    public const string Second = "ED7D31";
}
