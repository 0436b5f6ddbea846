namespace FederationFunctions.Core.Consolidation;

/// <summary>Exact divisions for rates and averages: nothing to divide by gives null (an empty cell), never 0 or NaN.</summary>
internal static class Ratio
{
    public static decimal? Of(decimal numerator, decimal denominator) =>
        denominator == 0m ? null : numerator / denominator;

    public static decimal? Of(decimal? numerator, decimal denominator) =>
        numerator is null ? null : Of(numerator.Value, denominator);
}
