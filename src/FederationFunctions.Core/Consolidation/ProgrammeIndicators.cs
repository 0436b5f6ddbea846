using FederationFunctions.Core.Model;
using static FederationFunctions.Core.Consolidation.IndicatorCodes;

namespace FederationFunctions.Core.Consolidation;

/// <summary><c>SANTE.*</c> and <c>DISPOSITIF.{CODE}.*</c> (FED, 59, 62) from counted programme rows of counted workbooks.</summary>
internal static class ProgrammeIndicators
{
    public static void Add(IndicatorListBuilder list, ProgrammeTotals totals, ScopedTotals members)
    {
        var scopes = IndicatorScopes.FederationAndDepartments;
        var nutrition = totals.Of(ProgrammeCode.SANTE_NUTRITION);
        var cancer = totals.Of(ProgrammeCode.SANTE_CANCER);
        list.Add(SanteStructures, scopes, s => totals.HealthStructures[s]);
        list.Add(SanteProjets, scopes, s => nutrition.Projects[s] + cancer.Projects[s]);
        list.Add(SanteNutritionProjets, scopes, s => nutrition.Projects[s]);
        list.Add(SanteCancerProjets, scopes, s => cancer.Projects[s]);
        list.Add(SanteNutritionMontant, scopes, s => nutrition.AmountEur[s]);
        list.Add(SanteCancerMontant, scopes, s => cancer.AmountEur[s]);
        list.Add(SanteMontant, scopes, s => nutrition.AmountEur[s] + cancer.AmountEur[s]);

        foreach (var programme in Enum.GetValues<ProgrammeCode>())
        {
            var of = totals.Of(programme);
            list.Add(Dispositif(programme, DispositifStructures), scopes, s => of.Structures[s]);
            list.Add(Dispositif(programme, DispositifProjets), scopes, s => of.Projects[s]);
            list.Add(Dispositif(programme, DispositifMontant), scopes, s => of.AmountEur[s]);
            list.Add(Dispositif(programme, DispositifHabitants), scopes, s => of.Residents[s]);
            list.Add(Dispositif(programme, DispositifActions), scopes, s => of.Actions[s]);
            list.Add(Dispositif(programme, DispositifTauxReseau), scopes, s => Ratio.Of(of.Structures[s], members[s]));
        }
    }
}
