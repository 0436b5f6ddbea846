namespace FederationFunctions.Core.Consolidation;

/// <summary>What the counted workbooks' <c>Rencontres</c> rows linked to one calendar event add up to.</summary>
internal sealed class EventAttendance
{
    private readonly HashSet<string> structures = new(StringComparer.Ordinal);
    private readonly HashSet<string> structuresWithDirector = new(StringComparer.Ordinal);

    public static EventAttendance Empty { get; } = new();

    public int StaffAttendees { get; private set; }

    public int VolunteerAttendees { get; private set; }

    /// <summary>Distinct structures with at least one linked row.</summary>
    public int Structures => structures.Count;

    /// <summary>Distinct structures with at least one linked row whose <c>Direction présente</c> is oui.</summary>
    public int StructuresWithDirector => structuresWithDirector.Count;

    public void Add(string structureKey, int staff, int volunteers, bool directorPresent)
    {
        StaffAttendees += staff;
        VolunteerAttendees += volunteers;
        structures.Add(structureKey);
        if (directorPresent)
        {
            structuresWithDirector.Add(structureKey);
        }
    }
}
