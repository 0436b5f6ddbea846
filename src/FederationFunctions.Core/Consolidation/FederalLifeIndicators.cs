using FederationFunctions.Core.Model;
using static FederationFunctions.Core.Consolidation.IndicatorCodes;

namespace FederationFunctions.Core.Consolidation;

/// <summary>
/// <c>VIE.{TYPE}.*</c> (v1.1) for FED, 59 and 62: per event type, the calendar's events in the scope (a federation-wide
/// event, without territory, counts in FED only), and the members of the scope that attended them, with their participants.
/// </summary>
internal static class FederalLifeIndicators
{
    public static void Add(IndicatorListBuilder list, ReferenceWorkbook reference, LinkedActivity activity, ScopedTotals members, int year)
    {
        var departmentOfTerritory = reference.Territories
            .GroupBy(t => CodeKey.Of(t.Code))
            .ToDictionary(g => g.Key, g => IndicatorScopes.Of(g.First().Department), StringComparer.Ordinal);
        var events = new ScopedCounts();
        foreach (var calendarEvent in reference.Calendar.Where(e => e.Date.Year == year))
        {
            events.Add(calendarEvent.Type, IndicatorScopes.Federation);
            if (!string.IsNullOrWhiteSpace(calendarEvent.TerritoryCode)
                && departmentOfTerritory.TryGetValue(CodeKey.Of(calendarEvent.TerritoryCode), out var department))
            {
                events.Add(calendarEvent.Type, department);
            }
        }

        var scopes = IndicatorScopes.FederationAndDepartments;
        foreach (var type in Enum.GetValues<EventType>())
        {
            var attendance = activity.ByEventType[type];
            list.Add(Vie(type, VieEvenements), scopes, s => events[(type, s)]);
            list.Add(Vie(type, VieStructures), scopes, s => attendance.Structures[s]);
            list.Add(Vie(type, VieParticipants), scopes, s => attendance.Participants[s]);
            list.Add(Vie(type, VieTauxStructures), scopes, s => Ratio.Of(attendance.Structures[s], members[s]));
        }
    }

    private sealed class ScopedCounts
    {
        private readonly Dictionary<(EventType, string), decimal> counts = [];

        public decimal this[(EventType Type, string Scope) key] => counts.GetValueOrDefault(key);

        public void Add(EventType type, string scope) => counts[(type, scope)] = this[(type, scope)] + 1m;
    }
}
