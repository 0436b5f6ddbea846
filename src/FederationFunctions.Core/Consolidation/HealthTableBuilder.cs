using FederationFunctions.Core.Model;

namespace FederationFunctions.Core.Consolidation;

/// <summary>Builds the <c>Santé</c> table (columns Nord, Pas-de-Calais, Total) from the counted health programme rows.</summary>
internal static class HealthTableBuilder
{
    public const string NordLabel = "Nord";
    public const string PasDeCalaisLabel = "Pas-de-Calais";
    public const string TotalLabel = "Total";

    public static HealthTable Build(ProgrammeTotals? totals) => new(
        Column(NordLabel, IndicatorScopes.Nord, totals),
        Column(PasDeCalaisLabel, IndicatorScopes.PasDeCalais, totals),
        Column(TotalLabel, IndicatorScopes.Federation, totals));

    private static HealthColumn Column(string label, string scope, ProgrammeTotals? totals)
    {
        if (totals is null)
        {
            return new HealthColumn(label, 0, 0, 0, 0m, 0, 0m);
        }

        var nutrition = totals.Of(ProgrammeCode.SANTE_NUTRITION);
        var cancer = totals.Of(ProgrammeCode.SANTE_CANCER);
        var nutritionProjects = (int)nutrition.Projects[scope];
        var cancerProjects = (int)cancer.Projects[scope];
        return new HealthColumn(
            label,
            (int)totals.HealthStructures[scope],
            nutritionProjects + cancerProjects,
            nutritionProjects,
            nutrition.AmountEur[scope],
            cancerProjects,
            cancer.AmountEur[scope]);
    }
}
