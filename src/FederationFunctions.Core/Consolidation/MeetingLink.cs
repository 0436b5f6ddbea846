using FederationFunctions.Core.Model;

namespace FederationFunctions.Core.Consolidation;

/// <summary>The calendar event a <c>Rencontres</c> row links to, or why it links to none.</summary>
/// <param name="Candidates">For <see cref="MeetingLinkFailure.SeveralMatchingEvents"/>, the events that could be meant.</param>
internal sealed record MeetingLink(CalendarEvent? Event, MeetingLinkFailure? Failure, IReadOnlyList<CalendarEvent> Candidates)
{
    public static MeetingLink To(CalendarEvent calendarEvent) => new(calendarEvent, null, []);

    public static MeetingLink None(MeetingLinkFailure failure, IReadOnlyList<CalendarEvent> candidates) =>
        new(null, failure, candidates);
}
