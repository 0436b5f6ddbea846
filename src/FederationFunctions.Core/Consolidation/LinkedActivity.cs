using FederationFunctions.Core.Model;

namespace FederationFunctions.Core.Consolidation;

/// <summary>
/// One pass over the counted workbooks' <c>Rencontres</c> and <c>Formations</c> rows: each row linked to the
/// calendar or the catalogue and added to its event or action; rows that link to nothing become anomalies.
/// </summary>
internal sealed class LinkedActivity
{
    private readonly Dictionary<string, EventAttendance> byEvent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActionAttendance> byAction = new(StringComparer.Ordinal);

    private LinkedActivity()
    {
    }

    /// <summary>Per event type: what the members' <c>Rencontres</c> rows linked to events of that type add up to, per scope.</summary>
    public IReadOnlyDictionary<EventType, MeetingTypeAttendance> ByEventType { get; } =
        Enum.GetValues<EventType>().ToDictionary(t => t, _ => new MeetingTypeAttendance());

    /// <summary>Per scope, the number of structures with at least one <c>Formations</c> row linked to the catalogue.</summary>
    public ScopedTotals StructuresWithTraining { get; } = new();

    public EventAttendance For(CalendarEvent calendarEvent) =>
        byEvent.GetValueOrDefault(CodeKey.Of(calendarEvent.EventCode)) ?? EventAttendance.Empty;

    public ActionAttendance For(CatalogueAction action) =>
        byAction.GetValueOrDefault(CodeKey.Of(action.ActionCode)) ?? ActionAttendance.Empty;

    public static LinkedActivity Link(CountedNetwork network, ReferenceWorkbook reference, AnomalyCollector anomalies)
    {
        var meetings = new MeetingLinker(reference.Calendar);
        var trainings = new TrainingLinker(reference.Catalogue);
        var activity = new LinkedActivity();
        foreach (var member in network.Counted)
        {
            var workbook = member.CountedWorkbook!;
            var structureKey = CodeKey.Of(member.Structure.Code);
            foreach (var row in workbook.Meetings)
            {
                var link = meetings.Link(row, member.Structure.TerritoryCode);
                if (link.Event is null)
                {
                    anomalies.UnlinkedMeeting(member.Structure.Code, row, link, member.TerritoryScope);
                    continue;
                }

                activity.EventAttendanceOf(link.Event)
                    .Add(structureKey, row.StaffAttendees, row.VolunteerAttendees, row.DirectorPresent);
                activity.ByEventType[link.Event.Type].Add(member, row.StaffAttendees + row.VolunteerAttendees);
            }

            var linkedTraining = false;
            foreach (var row in workbook.Trainings)
            {
                var action = trainings.Find(row);
                if (action is null)
                {
                    anomalies.UnknownTrainingAction(member.Structure.Code, row);
                    continue;
                }

                linkedTraining = true;
                activity.ActionAttendanceOf(action).Add(structureKey, row.StaffTrainees, row.VolunteerTrainees);
            }

            if (linkedTraining)
            {
                activity.StructuresWithTraining.Add(member, 1m);
            }
        }

        return activity;
    }

    private EventAttendance EventAttendanceOf(CalendarEvent calendarEvent) => AttendanceOf(byEvent, calendarEvent.EventCode);

    private ActionAttendance ActionAttendanceOf(CatalogueAction action) => AttendanceOf(byAction, action.ActionCode);

    private static TAttendance AttendanceOf<TAttendance>(Dictionary<string, TAttendance> byCode, string code)
        where TAttendance : new()
    {
        var key = CodeKey.Of(code);
        if (!byCode.TryGetValue(key, out var attendance))
        {
            attendance = new TAttendance();
            byCode[key] = attendance;
        }

        return attendance;
    }
}
