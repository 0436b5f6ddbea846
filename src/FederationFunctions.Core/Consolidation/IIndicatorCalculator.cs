namespace FederationFunctions.Core.Consolidation;

/// <summary>Computes every indicator of <c>indicators-v1.md</c> from a year's inputs. Pure: no storage, no clock.</summary>
public interface IIndicatorCalculator
{
    ConsolidationResult Calculate(ConsolidationInput input, DateTimeOffset computedAt);
}
