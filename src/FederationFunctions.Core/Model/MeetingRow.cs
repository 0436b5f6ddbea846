namespace FederationFunctions.Core.Model;

/// <summary>A <c>Rencontres</c> row: one federation or territorial meeting attended.</summary>
/// <param name="RowNumber">Excel row number in the uploaded sheet (for anomalies).</param>
/// <param name="EventCode">Trimmed event code as written (comparison ignores case), or null.</param>
public sealed record MeetingRow(
    int RowNumber,
    string? EventCode,
    DateOnly Date,
    EventType EventType,
    int StaffAttendees,
    int VolunteerAttendees,
    bool DirectorPresent);
