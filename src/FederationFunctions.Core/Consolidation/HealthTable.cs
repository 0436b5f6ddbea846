namespace FederationFunctions.Core.Consolidation;

/// <summary>One column of the health table (Nord, Pas-de-Calais or Total).</summary>
public sealed record HealthColumn(
    string Label,
    int Centres,
    int Projects,
    int NutritionProjects,
    decimal NutritionAmountEur,
    int CancerProjects,
    decimal CancerAmountEur)
{
    public decimal TotalAmountEur => NutritionAmountEur + CancerAmountEur;
}

/// <summary>The <c>Santé</c> table: columns Nord, Pas-de-Calais, Total.</summary>
public sealed record HealthTable(HealthColumn Nord, HealthColumn PasDeCalais, HealthColumn Total);
