namespace FederationFunctions.Core.Consolidation;

/// <summary>The units of <c>indicators-v1.md</c>, spelt exactly as the <c>Unité</c> column shows them.</summary>
public static class IndicatorUnits
{
    public const string Count = "nombre";
    public const string FullTimeEquivalent = "ETP";
    public const string Rate = "%";
    public const string Average = "moyenne";
    public const string Euro = "€";
}
