namespace FederationFunctions.Core.Consolidation;

/// <summary>Why a <c>Rencontres</c> row links to no calendar event.</summary>
internal enum MeetingLinkFailure
{
    /// <summary>The row's event code is not in the calendar.</summary>
    UnknownCode,
    /// <summary>No code, and no event of that date and type in the structure's territory or federation-wide.</summary>
    NoMatchingEvent,
    /// <summary>No code, and several events of that date and type could be meant.</summary>
    SeveralMatchingEvents,
}
