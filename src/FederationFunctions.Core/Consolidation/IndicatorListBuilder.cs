namespace FederationFunctions.Core.Consolidation;

/// <summary>Appends indicators in the order they are produced, with the label and unit of their code.</summary>
internal sealed class IndicatorListBuilder
{
    private readonly List<Indicator> indicators = [];

    public void Add(string code, string scope, decimal? value, string? labelDetail = null)
    {
        var label = IndicatorLabels.Label(code);
        if (labelDetail is not null)
        {
            label = $"{label} : {labelDetail}";
        }

        indicators.Add(new Indicator(code, scope, label, value, IndicatorLabels.Unit(code)));
    }

    /// <summary>One indicator per scope, in the order of <paramref name="scopes"/>.</summary>
    public void Add(string code, IEnumerable<string> scopes, Func<string, decimal?> valueOf)
    {
        foreach (var scope in scopes)
        {
            Add(code, scope, valueOf(scope));
        }
    }

    public IReadOnlyList<Indicator> ToList() => indicators.ToList();
}
