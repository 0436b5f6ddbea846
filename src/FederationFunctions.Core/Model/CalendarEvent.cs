namespace FederationFunctions.Core.Model;

/// <summary>A federation calendar event (<c>Calendrier</c> sheet). <see cref="TerritoryCode"/> is null for a federation-wide event.</summary>
public sealed record CalendarEvent(string EventCode, DateOnly Date, EventType Type, string? TerritoryCode, string? Title);
