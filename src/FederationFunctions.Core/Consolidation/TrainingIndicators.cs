using FederationFunctions.Core.Model;
using static FederationFunctions.Core.Consolidation.IndicatorCodes;

namespace FederationFunctions.Core.Consolidation;

/// <summary><c>FORMATION.*</c> from the counted <c>Formations</c> rows linked to the catalogue, and <c>FOSFORA.*</c> from the FOSFORA table.</summary>
internal static class TrainingIndicators
{
    public static void Add(IndicatorListBuilder list, ReferenceWorkbook reference, LinkedActivity activity, FosforaTable fosfora)
    {
        var actions = DistinctActions(reference.Catalogue);
        var carried = actions.Count(a =>
        {
            var attendance = activity.For(a);
            return a.Audience is not null
                && attendance.StaffTrainees + attendance.VolunteerTrainees + a.VolunteersOutsideCentres >= 1;
        });
        var forEmployees = actions.Where(a => a.Audience == Audience.Salaries).ToList();

        list.Add(FormationActions, IndicatorScopes.Federation, carried);
        list.Add(FormationStructures, IndicatorScopes.FederationAndDepartments, s => activity.StructuresWithTraining[s]);
        list.Add(FormationSalaries, IndicatorScopes.Federation, forEmployees.Sum(a => activity.For(a).StaffTrainees));
        foreach (var action in forEmployees)
        {
            list.Add(FormationSalaries, action.ActionCode.Trim(), activity.For(action).StaffTrainees, action.Title);
        }

        list.Add(FormationBenevoles, IndicatorScopes.Federation, actions.Sum(a => activity.For(a).VolunteerTrainees));

        var total = fosfora.GrandTotal;
        list.Add(FosforaStructures, IndicatorScopes.Federation, total?.Centres ?? 0);
        list.Add(FosforaBenevoles, IndicatorScopes.Federation, total?.Volunteers ?? 0);
        list.Add(FosforaSeances, IndicatorScopes.Federation, total?.Sessions ?? 0);
        list.Add(FosforaMontant, IndicatorScopes.Federation, total?.AmountEur ?? 0m);
    }

    /// <summary>Catalogue actions in catalogue order, the first entry winning for a repeated code (as rows link).</summary>
    private static List<CatalogueAction> DistinctActions(IEnumerable<CatalogueAction> catalogue)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return catalogue.Where(a => seen.Add(CodeKey.Of(a.ActionCode))).ToList();
    }
}
