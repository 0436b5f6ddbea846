using FederationFunctions.Core.Consolidation;

namespace FederationFunctions.Core.Tests.Reports;

/// <summary>Hand-made indicators of a previous year, as they would have been stored by its consolidation.</summary>
internal static class YearOverYearFixtures
{
    /// <summary>
    /// The small network's indicators, stored for 2022: counts one lower where positive (so 0 stays 0), amounts
    /// 10 % lower, rates 0.1 lower where positive; and one indicator of 2022 that 2023 no longer has.
    /// </summary>
    public static IReadOnlyList<Indicator> Previous(ConsolidationResult current) =>
    [
        .. current.Indicators.Select(i => i with
        {
            Value = i.Value switch
            {
                null => null,
                { } v when i.Unit == IndicatorUnits.Count => v > 0m ? v - 1m : 0m,
                { } v when i.Unit == IndicatorUnits.Euro => v * 0.9m,
                { } v when i.Unit == IndicatorUnits.Rate => v > 0m ? v - 0.1m : 0m,
                { } v => v,
            },
        }),
        new Indicator("RESEAU.STRUCTURES", "OLD", "Structures adhérentes", 4m, IndicatorUnits.Count),
    ];
}
