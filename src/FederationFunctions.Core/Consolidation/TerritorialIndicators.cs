using FederationFunctions.Core.Model;
using static FederationFunctions.Core.Consolidation.IndicatorCodes;

namespace FederationFunctions.Core.Consolidation;

/// <summary>
/// <c>AT.*</c> and <c>DIRECTIONS.*</c> per territory: the territory's calendar events of the year and the
/// counted <c>Rencontres</c> rows linked to them, whichever structure (or territory) the rows come from.
/// </summary>
internal static class TerritorialIndicators
{
    public static void Add(
        IndicatorListBuilder list,
        CountedNetwork network,
        ReferenceWorkbook reference,
        LinkedActivity activity,
        ScopedTotals members,
        int year)
    {
        var eventsByTerritory = reference.Calendar
            .Where(e => e.Date.Year == year && !string.IsNullOrWhiteSpace(e.TerritoryCode))
            .ToLookup(e => (Territory: CodeKey.Of(e.TerritoryCode!), e.Type));
        var figures = network.Territories.ToDictionary(
            t => t.Code,
            t => Figures.Of(
                eventsByTerritory[(CodeKey.Of(t.Code), EventType.AT)].Select(activity.For).ToList(),
                eventsByTerritory[(CodeKey.Of(t.Code), EventType.DIRECTIONS)].Select(activity.For).ToList(),
                members[t.Code]),
            StringComparer.Ordinal);
        var territories = network.Territories.Select(t => t.Code).ToList();

        list.Add(AtReunions, territories, t => figures[t].AtMeetings);
        list.Add(AtParticipants, territories, t => figures[t].Staff + figures[t].Volunteers);
        list.Add(AtSalaries, territories, t => figures[t].Staff);
        list.Add(AtBenevoles, territories, t => figures[t].Volunteers);
        list.Add(AtParticipantsMoyen, territories, t => Ratio.Of(figures[t].Staff + figures[t].Volunteers, figures[t].AtMeetings));
        list.Add(AtStructuresMoyen, territories, t => figures[t].AverageStructures);
        list.Add(AtTauxParticipation, territories, t => Ratio.Of(figures[t].AverageStructures, figures[t].Members));
        list.Add(DirectionsReunions, territories, t => figures[t].DirectorsMeetings);
        list.Add(DirectionsTauxPresence, territories, t => Ratio.Of(figures[t].AverageDirectorsPresent, figures[t].Members));
    }

    private sealed record Figures(
        decimal AtMeetings,
        decimal Staff,
        decimal Volunteers,
        decimal? AverageStructures,
        decimal DirectorsMeetings,
        decimal? AverageDirectorsPresent,
        decimal Members)
    {
        public static Figures Of(
            IReadOnlyList<EventAttendance> assemblies,
            IReadOnlyList<EventAttendance> directorsMeetings,
            decimal members) => new(
                assemblies.Count,
                assemblies.Sum(a => a.StaffAttendees),
                assemblies.Sum(a => a.VolunteerAttendees),
                Ratio.Of(assemblies.Sum(a => a.Structures), assemblies.Count),
                directorsMeetings.Count,
                Ratio.Of(directorsMeetings.Sum(a => a.StructuresWithDirector), directorsMeetings.Count),
                members);
    }
}
