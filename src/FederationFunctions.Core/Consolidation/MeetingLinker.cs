using FederationFunctions.Core.Model;

namespace FederationFunctions.Core.Consolidation;

/// <summary>
/// Links <c>Rencontres</c> rows to the calendar (<c>centre-workbook-v1.md</c> § Rencontres): by event code
/// (trimmed, case-insensitive; the code wins over the row's date and type and may name another territory's
/// event), else to the single event with the same date and type in the structure's territory or federation-wide.
/// A row with a code that is not in the calendar links to nothing: the code is never second-guessed.
/// </summary>
internal sealed class MeetingLinker
{
    private const string FederationWide = "";

    private readonly Dictionary<string, CalendarEvent> byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<(DateOnly Date, EventType Type, string Territory), List<CalendarEvent>> byDateTypeTerritory = [];

    public MeetingLinker(IEnumerable<CalendarEvent> calendar)
    {
        foreach (var calendarEvent in calendar)
        {
            byCode.TryAdd(CodeKey.Of(calendarEvent.EventCode), calendarEvent);
            var key = (calendarEvent.Date, calendarEvent.Type, TerritoryKey(calendarEvent.TerritoryCode));
            if (!byDateTypeTerritory.TryGetValue(key, out var events))
            {
                events = [];
                byDateTypeTerritory[key] = events;
            }

            events.Add(calendarEvent);
        }
    }

    /// <param name="structureTerritoryCode">The territory of the structure's reference entry.</param>
    public MeetingLink Link(MeetingRow row, string structureTerritoryCode)
    {
        if (!string.IsNullOrWhiteSpace(row.EventCode))
        {
            return byCode.TryGetValue(CodeKey.Of(row.EventCode), out var byItsCode)
                ? MeetingLink.To(byItsCode)
                : MeetingLink.None(MeetingLinkFailure.UnknownCode, []);
        }

        var candidates = new List<CalendarEvent>();
        AddCandidates(candidates, (row.Date, row.EventType, TerritoryKey(structureTerritoryCode)));
        AddCandidates(candidates, (row.Date, row.EventType, FederationWide));
        return candidates.Count switch
        {
            1 => MeetingLink.To(candidates[0]),
            0 => MeetingLink.None(MeetingLinkFailure.NoMatchingEvent, []),
            _ => MeetingLink.None(MeetingLinkFailure.SeveralMatchingEvents, candidates),
        };
    }

    private void AddCandidates(List<CalendarEvent> candidates, (DateOnly, EventType, string) key)
    {
        if (byDateTypeTerritory.TryGetValue(key, out var events))
        {
            candidates.AddRange(events);
        }
    }

    private static string TerritoryKey(string? territoryCode) =>
        string.IsNullOrWhiteSpace(territoryCode) ? FederationWide : CodeKey.Of(territoryCode);
}
