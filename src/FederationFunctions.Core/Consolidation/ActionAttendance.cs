namespace FederationFunctions.Core.Consolidation;

/// <summary>What the counted workbooks' <c>Formations</c> rows linked to one catalogue action add up to.</summary>
internal sealed class ActionAttendance
{
    private readonly HashSet<string> structuresWithVolunteers = new(StringComparer.Ordinal);

    public static ActionAttendance Empty { get; } = new();

    /// <summary>Σ <c>staff_trainees</c>.</summary>
    public int StaffTrainees { get; private set; }

    /// <summary>Σ <c>volunteer_trainees</c>.</summary>
    public int VolunteerTrainees { get; private set; }

    /// <summary>Structures whose rows for this action add up to at least one volunteer.</summary>
    public IReadOnlySet<string> StructuresWithVolunteers => structuresWithVolunteers;

    public void Add(string structureKey, int staff, int volunteers)
    {
        StaffTrainees += staff;
        VolunteerTrainees += volunteers;
        if (volunteers >= 1)
        {
            structuresWithVolunteers.Add(structureKey);
        }
    }
}
