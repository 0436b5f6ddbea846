using FederationFunctions.Core.Model;
using static FederationFunctions.Core.Consolidation.IndicatorCodes;

namespace FederationFunctions.Core.Consolidation;

/// <summary><c>RESEAU.*</c>, <c>COLLECTE.*</c> and <c>RH.*</c>: counts of members and sums over counted workbooks.</summary>
internal static class NetworkIndicators
{
    public static void Add(IndicatorListBuilder list, CountedNetwork network, IReadOnlyList<string> withTerritories)
    {
        var structures = new ScopedTotals();
        var centres = new ScopedTotals();
        var spaces = new ScopedTotals();
        var associative = new ScopedTotals();
        var municipal = new ScopedTotals();
        var received = new ScopedTotals();
        var rejected = new ScopedTotals();
        var missing = new ScopedTotals();
        var staff = new ScopedTotals();
        var fte = new ScopedTotals();
        var volunteers = new ScopedTotals();
        var board = new ScopedTotals();
        foreach (var member in network.Members)
        {
            structures.Add(member, 1m);
            (member.Structure.Type == StructureType.CS ? centres : spaces).Add(member, 1m);
            (member.Structure.Management == Management.Associatif ? associative : municipal).Add(member, 1m);
            switch (member.Status)
            {
                case CompletenessStatus.Recue or CompletenessStatus.RecueAvecAvertissements:
                    received.Add(member, 1m);
                    break;
                case CompletenessStatus.Rejetee:
                    rejected.Add(member, 1m);
                    break;
                default:
                    missing.Add(member, 1m);
                    break;
            }

            if (member.CountedWorkbook is { } workbook)
            {
                staff.Add(member, workbook.Structure.StaffHeadcount);
                fte.Add(member, workbook.Structure.StaffFte);
                volunteers.Add(member, workbook.Structure.ActivityVolunteers);
                board.Add(member, workbook.Structure.BoardVolunteers);
            }
        }

        var departments = IndicatorScopes.FederationAndDepartments;
        list.Add(ReseauStructures, withTerritories, s => structures[s]);
        list.Add(ReseauCs, departments, s => centres[s]);
        list.Add(ReseauEvs, departments, s => spaces[s]);
        list.Add(ReseauAssociatif, departments, s => associative[s]);
        list.Add(ReseauMunicipal, departments, s => municipal[s]);
        list.Add(CollecteAttendues, withTerritories, s => structures[s]);
        list.Add(CollecteRecues, withTerritories, s => received[s]);
        list.Add(CollecteRejetees, withTerritories, s => rejected[s]);
        list.Add(CollecteManquantes, withTerritories, s => missing[s]);
        list.Add(CollecteTaux, withTerritories, s => Ratio.Of(received[s], structures[s]));
        list.Add(RhSalaries, withTerritories, s => staff[s]);
        list.Add(RhEtp, withTerritories, s => fte[s]);
        list.Add(RhBenevoles, withTerritories, s => volunteers[s]);
        list.Add(RhAdministrateurs, withTerritories, s => board[s]);
    }

    /// <summary>Members per scope, the denominator of participation and network rates.</summary>
    public static ScopedTotals MembersPerScope(CountedNetwork network)
    {
        var structures = new ScopedTotals();
        foreach (var member in network.Members)
        {
            structures.Add(member, 1m);
        }

        return structures;
    }
}
