namespace FederationFunctions.Core.Consolidation;

/// <summary>Running totals per scope: a value added for a member goes to each of its scopes (FED, department, territory).</summary>
internal sealed class ScopedTotals
{
    private readonly Dictionary<string, decimal> totals = new(StringComparer.Ordinal);

    public decimal this[string scope] => totals.GetValueOrDefault(scope);

    public void Add(ConsolidatedMember member, decimal value)
    {
        foreach (var scope in member.Scopes)
        {
            totals[scope] = totals.GetValueOrDefault(scope) + value;
        }
    }
}
