namespace FederationFunctions.Core.Consolidation;

/// <summary>
/// What the members' <c>Rencontres</c> rows linked to the events of one type add up to, per scope of the member
/// (<c>VIE.{TYPE}.STRUCTURES</c> and <c>VIE.{TYPE}.PARTICIPANTS</c>).
/// </summary>
internal sealed class MeetingTypeAttendance
{
    private readonly HashSet<string> structures = new(StringComparer.Ordinal);

    /// <summary>Distinct members with at least one linked row, per scope.</summary>
    public ScopedTotals Structures { get; } = new();

    /// <summary>Σ (staff + volunteer attendees) of the linked rows, per scope.</summary>
    public ScopedTotals Participants { get; } = new();

    public void Add(ConsolidatedMember member, int attendees)
    {
        if (structures.Add(CodeKey.Of(member.Structure.Code)))
        {
            Structures.Add(member, 1m);
        }

        Participants.Add(member, attendees);
    }
}
