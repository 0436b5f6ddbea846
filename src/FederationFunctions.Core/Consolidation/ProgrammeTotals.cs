using FederationFunctions.Core.Model;

namespace FederationFunctions.Core.Consolidation;

/// <summary>Per programme and scope, what the counted programme rows (status <c>En cours</c> or <c>Terminé</c>) of counted workbooks add up to.</summary>
internal sealed class ProgrammeTotals
{
    private readonly Dictionary<ProgrammeCode, Totals> byProgramme =
        Enum.GetValues<ProgrammeCode>().ToDictionary(p => p, _ => new Totals());

    private ProgrammeTotals()
    {
    }

    /// <summary>Distinct structures with a counted <c>SANTE_NUTRITION</c> or <c>SANTE_CANCER</c> row.</summary>
    public ScopedTotals HealthStructures { get; } = new();

    public Totals Of(ProgrammeCode programme) => byProgramme[programme];

    public static ProgrammeTotals Sum(IEnumerable<ConsolidatedMember> countedMembers)
    {
        var totals = new ProgrammeTotals();
        var present = new HashSet<ProgrammeCode>();
        foreach (var member in countedMembers)
        {
            present.Clear();
            foreach (var row in member.CountedWorkbook!.Programmes)
            {
                if (!row.IsCounted)
                {
                    continue;
                }

                var programme = totals.byProgramme[row.Programme];
                programme.Projects.Add(member, 1m);
                programme.AmountEur.Add(member, row.AmountEur ?? 0m);
                programme.Residents.Add(member, row.ResidentParticipants ?? 0);
                programme.Actions.Add(member, row.ActionsCount ?? 0);
                present.Add(row.Programme);
            }

            foreach (var programme in present)
            {
                totals.byProgramme[programme].Structures.Add(member, 1m);
            }

            if (present.Contains(ProgrammeCode.SANTE_NUTRITION) || present.Contains(ProgrammeCode.SANTE_CANCER))
            {
                totals.HealthStructures.Add(member, 1m);
            }
        }

        return totals;
    }

    /// <summary>One programme's totals per scope.</summary>
    internal sealed class Totals
    {
        public ScopedTotals Structures { get; } = new();

        public ScopedTotals Projects { get; } = new();

        public ScopedTotals AmountEur { get; } = new();

        public ScopedTotals Residents { get; } = new();

        public ScopedTotals Actions { get; } = new();
    }
}
