using FederationFunctions.Core.Model;

namespace FederationFunctions.Samples;

/// <summary>
/// The sample's own expected indicators, computed directly from the generated rows and <c>indicators-v1.md</c>,
/// independently of the consolidation code, so that a test can hold one against the other.
/// </summary>
internal static class SampleExpectedIndicators
{
    private static readonly string[] DepartmentScopes = ["59", "62"];

    /// <param name="reference">The year's reference.</param>
    /// <param name="counted">Current accepted workbooks of members, by structure code.</param>
    /// <param name="rejectedMembers">Members with no accepted workbook whose latest upload was rejected.</param>
    /// <param name="sendingMembers">Members that sent anything.</param>
    public static List<SampleIndicator> Compute(
        ReferenceWorkbook reference,
        IReadOnlyDictionary<string, CentreWorkbook> counted,
        IReadOnlySet<string> rejectedMembers,
        IReadOnlySet<string> sendingMembers)
    {
        var result = new List<SampleIndicator>();
        var members = reference.Structures.Where(s => s.IsMember).ToList();
        var byCode = members.ToDictionary(s => s.Code, StringComparer.Ordinal);

        // Scopes FED, 59, 62 and each territory.
        var fed = new Scope("FED", _ => true);
        var departments = DepartmentScopes.Select(d => new Scope(d, s => ((int)s.Department).ToString(System.Globalization.CultureInfo.InvariantCulture) == d)).ToList();
        var territories = reference.Territories.Select(t => new Scope(t.Code, s => s.TerritoryCode == t.Code)).ToList();
        var network = new List<Scope> { fed }.Concat(departments).ToList();
        var withTerritories = network.Concat(territories).ToList();

        decimal MemberCount(Scope scope) => members.Count(scope.Contains);
        IEnumerable<(MemberStructure Structure, CentreWorkbook Workbook)> Counted(Scope scope) =>
            members.Where(scope.Contains).Where(s => counted.ContainsKey(s.Code)).Select(s => (s, counted[s.Code]));

        foreach (var scope in withTerritories)
        {
            var attendues = MemberCount(scope);
            var recues = Counted(scope).Count();
            result.Add(new("RESEAU.STRUCTURES", scope.Name, attendues));
            result.Add(new("COLLECTE.ATTENDUES", scope.Name, attendues));
            result.Add(new("COLLECTE.RECUES", scope.Name, recues));
            result.Add(new("COLLECTE.REJETEES", scope.Name, members.Where(scope.Contains).Count(s => rejectedMembers.Contains(s.Code))));
            result.Add(new("COLLECTE.MANQUANTES", scope.Name, members.Where(scope.Contains).Count(s => !sendingMembers.Contains(s.Code))));
            result.Add(new("COLLECTE.TAUX", scope.Name, attendues == 0 ? null : recues / attendues));
            result.Add(new("RH.SALARIES", scope.Name, Counted(scope).Sum(c => c.Workbook.Structure.StaffHeadcount)));
            result.Add(new("RH.ETP", scope.Name, Counted(scope).Sum(c => c.Workbook.Structure.StaffFte)));
            result.Add(new("RH.BENEVOLES", scope.Name, Counted(scope).Sum(c => c.Workbook.Structure.ActivityVolunteers)));
            result.Add(new("RH.ADMINISTRATEURS", scope.Name, Counted(scope).Sum(c => c.Workbook.Structure.BoardVolunteers)));
        }

        foreach (var scope in network)
        {
            result.Add(new("RESEAU.CS", scope.Name, members.Where(scope.Contains).Count(s => s.Type == StructureType.CS)));
            result.Add(new("RESEAU.EVS", scope.Name, members.Where(scope.Contains).Count(s => s.Type == StructureType.EVS)));
            result.Add(new("RESEAU.ASSOCIATIF", scope.Name, members.Where(scope.Contains).Count(s => s.Management == Management.Associatif)));
            result.Add(new("RESEAU.MUNICIPAL", scope.Name, members.Where(scope.Contains).Count(s => s.Management == Management.Municipal)));
        }

        AddMeetings(result, reference, counted, members);
        AddTrainings(result, reference, counted, byCode, network);
        AddProgrammes(result, counted, byCode, network, MemberCount);
        return result;
    }

    private static void AddMeetings(List<SampleIndicator> result, ReferenceWorkbook reference, IReadOnlyDictionary<string, CentreWorkbook> counted, List<MemberStructure> members)
    {
        // Link every counted row to its calendar event: by code (any territory), else by date and type
        // within the structure's territory or federation-wide, when exactly one event matches.
        var links = new List<(CalendarEvent Event, string Structure, MeetingRow Row)>();
        foreach (var structure in members.Where(s => counted.ContainsKey(s.Code)))
        {
            foreach (var row in counted[structure.Code].Meetings)
            {
                var linked = row.EventCode is { } code
                    ? reference.Calendar.SingleOrDefault(e => string.Equals(e.EventCode, code.Trim(), StringComparison.OrdinalIgnoreCase))
                    : SingleOrNone(reference.Calendar.Where(e => e.Date == row.Date && e.Type == row.EventType && (e.TerritoryCode is null || e.TerritoryCode == structure.TerritoryCode)));
                if (linked is not null)
                {
                    links.Add((linked, structure.Code, row));
                }
            }
        }

        foreach (var territory in reference.Territories)
        {
            var territoryMembers = (decimal)members.Count(s => s.TerritoryCode == territory.Code);
            var atEvents = reference.Calendar.Where(e => e.Type == EventType.AT && e.TerritoryCode == territory.Code).ToList();
            var atLinks = links.Where(l => atEvents.Contains(l.Event)).ToList();
            var participants = atLinks.Sum(l => l.Row.StaffAttendees + l.Row.VolunteerAttendees);
            decimal? structuresAverage = atEvents.Count == 0 ? null : (decimal)atEvents.Sum(e => atLinks.Where(l => l.Event == e).Select(l => l.Structure).Distinct().Count()) / atEvents.Count;
            result.Add(new("AT.REUNIONS", territory.Code, atEvents.Count));
            result.Add(new("AT.PARTICIPANTS", territory.Code, participants));
            result.Add(new("AT.SALARIES", territory.Code, atLinks.Sum(l => l.Row.StaffAttendees)));
            result.Add(new("AT.BENEVOLES", territory.Code, atLinks.Sum(l => l.Row.VolunteerAttendees)));
            result.Add(new("AT.PARTICIPANTS_MOYEN", territory.Code, atEvents.Count == 0 ? null : (decimal)participants / atEvents.Count));
            result.Add(new("AT.STRUCTURES_MOYEN", territory.Code, structuresAverage));
            result.Add(new("AT.TAUX_PARTICIPATION", territory.Code, structuresAverage is null || territoryMembers == 0 ? null : structuresAverage / territoryMembers));

            var directions = reference.Calendar.Where(e => e.Type == EventType.DIRECTIONS && e.TerritoryCode == territory.Code).ToList();
            result.Add(new("DIRECTIONS.REUNIONS", territory.Code, directions.Count));
            decimal? presence = directions.Count == 0 || territoryMembers == 0
                ? null
                : (decimal)directions.Sum(e => links.Where(l => l.Event == e && l.Row.DirectorPresent).Select(l => l.Structure).Distinct().Count()) / directions.Count / territoryMembers;
            result.Add(new("DIRECTIONS.TAUX_PRESENCE", territory.Code, presence));
        }

        // v1.1 VIE.{TYPE}.*: events of the scope (federation-wide ones in FED only), and the scope's members attending.
        var departmentOfTerritory = reference.Territories.ToDictionary(t => t.Code, t => DepartmentScope(t.Department));
        var memberDepartment = members.ToDictionary(s => s.Code, s => DepartmentScope(s.Department));
        foreach (var type in Enum.GetValues<EventType>())
        {
            foreach (var scope in (string[])["FED", .. DepartmentScopes])
            {
                bool InScope(string department) => scope == "FED" || scope == department;
                var events = reference.Calendar.Count(e => e.Type == type
                    && (scope == "FED" || (e.TerritoryCode is { } t && departmentOfTerritory.TryGetValue(t, out var d) && d == scope)));
                var typeLinks = links.Where(l => l.Event.Type == type && InScope(memberDepartment[l.Structure])).ToList();
                var structures = typeLinks.Select(l => l.Structure).Distinct().Count();
                var scopeMembers = members.Count(m => InScope(memberDepartment[m.Code]));
                result.Add(new($"VIE.{type}.EVENEMENTS", scope, events));
                result.Add(new($"VIE.{type}.STRUCTURES", scope, structures));
                result.Add(new($"VIE.{type}.PARTICIPANTS", scope, typeLinks.Sum(l => l.Row.StaffAttendees + l.Row.VolunteerAttendees)));
                result.Add(new($"VIE.{type}.TAUX_STRUCTURES", scope, scopeMembers == 0 ? null : (decimal)structures / scopeMembers));
            }
        }
    }

    private static string DepartmentScope(Department department) =>
        ((int)department).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void AddTrainings(List<SampleIndicator> result, ReferenceWorkbook reference, IReadOnlyDictionary<string, CentreWorkbook> counted, Dictionary<string, MemberStructure> members, List<Scope> network)
    {
        var catalogue = reference.Catalogue.ToDictionary(a => a.ActionCode, StringComparer.OrdinalIgnoreCase);
        var rows = counted
            .Where(c => members.ContainsKey(c.Key))
            .SelectMany(c => c.Value.Trainings.Select(t => (Structure: members[c.Key], Row: t)))
            .Where(x => catalogue.ContainsKey(x.Row.ActionCode.Trim()))
            .Select(x => (x.Structure, x.Row, Action: catalogue[x.Row.ActionCode.Trim()]))
            .ToList();

        result.Add(new("FORMATION.ACTIONS", "FED", reference.Catalogue.Count(a =>
            a.Audience is not null && (a.VolunteersOutsideCentres > 0 || rows.Any(r => r.Action == a && r.Row.StaffTrainees + r.Row.VolunteerTrainees > 0)))));
        foreach (var scope in network)
        {
            result.Add(new("FORMATION.STRUCTURES", scope.Name, rows.Where(r => scope.Contains(r.Structure)).Select(r => r.Structure.Code).Distinct().Count()));
        }

        result.Add(new("FORMATION.SALARIES", "FED", rows.Where(r => r.Action.Audience == Audience.Salaries).Sum(r => r.Row.StaffTrainees)));
        foreach (var action in reference.Catalogue.Where(a => a.Audience == Audience.Salaries))
        {
            result.Add(new("FORMATION.SALARIES", action.ActionCode, rows.Where(r => r.Action == action).Sum(r => r.Row.StaffTrainees)));
        }

        result.Add(new("FORMATION.BENEVOLES", "FED", rows.Sum(r => r.Row.VolunteerTrainees)));

        // FOSFORA: line values, totals add the lines.
        var lines = reference.Catalogue.Where(a => a.FosforaGroup is not null).GroupBy(a => (a.FosforaGroup, a.FosforaLine)).ToList();
        decimal centres = 0, volunteers = 0, sessions = 0, amount = 0;
        foreach (var line in lines)
        {
            var lineActions = line.ToList();
            var lineRows = rows.Where(r => lineActions.Contains(r.Action)).ToList();
            centres += lineRows.GroupBy(r => r.Structure.Code).Count(g => g.Sum(r => r.Row.VolunteerTrainees) >= 1);
            volunteers += lineRows.Sum(r => r.Row.VolunteerTrainees) + lineActions.Sum(a => a.VolunteersOutsideCentres);
            sessions += lineActions.Sum(a => a.Sessions);
            amount += lineActions.Sum(a => a.FosforaAmountEur);
        }

        result.Add(new("FOSFORA.STRUCTURES", "FED", centres));
        result.Add(new("FOSFORA.BENEVOLES", "FED", volunteers));
        result.Add(new("FOSFORA.SEANCES", "FED", sessions));
        result.Add(new("FOSFORA.MONTANT", "FED", amount));
    }

    private static void AddProgrammes(List<SampleIndicator> result, IReadOnlyDictionary<string, CentreWorkbook> counted, Dictionary<string, MemberStructure> members, List<Scope> network, Func<Scope, decimal> memberCount)
    {
        var rows = counted
            .Where(c => members.ContainsKey(c.Key))
            .SelectMany(c => c.Value.Programmes.Where(p => p.Status is ProjectStatus.EnCours or ProjectStatus.Termine).Select(p => (Structure: members[c.Key], Row: p)))
            .ToList();
        foreach (var scope in network)
        {
            var inScope = rows.Where(r => scope.Contains(r.Structure)).ToList();
            var nutrition = inScope.Where(r => r.Row.Programme == ProgrammeCode.SANTE_NUTRITION).ToList();
            var cancer = inScope.Where(r => r.Row.Programme == ProgrammeCode.SANTE_CANCER).ToList();
            result.Add(new("SANTE.STRUCTURES", scope.Name, nutrition.Concat(cancer).Select(r => r.Structure.Code).Distinct().Count()));
            result.Add(new("SANTE.PROJETS", scope.Name, nutrition.Count + cancer.Count));
            result.Add(new("SANTE.NUTRITION.PROJETS", scope.Name, nutrition.Count));
            result.Add(new("SANTE.CANCER.PROJETS", scope.Name, cancer.Count));
            result.Add(new("SANTE.NUTRITION.MONTANT", scope.Name, nutrition.Sum(r => r.Row.AmountEur ?? 0m)));
            result.Add(new("SANTE.CANCER.MONTANT", scope.Name, cancer.Sum(r => r.Row.AmountEur ?? 0m)));
            result.Add(new("SANTE.MONTANT", scope.Name, nutrition.Concat(cancer).Sum(r => r.Row.AmountEur ?? 0m)));

            var scopeMembers = memberCount(scope);
            foreach (var code in Enum.GetValues<ProgrammeCode>())
            {
                var programme = inScope.Where(r => r.Row.Programme == code).ToList();
                var structures = programme.Select(r => r.Structure.Code).Distinct().Count();
                var prefix = "DISPOSITIF." + code;
                result.Add(new(prefix + ".STRUCTURES", scope.Name, structures));
                result.Add(new(prefix + ".PROJETS", scope.Name, programme.Count));
                result.Add(new(prefix + ".MONTANT", scope.Name, programme.Sum(r => r.Row.AmountEur ?? 0m)));
                result.Add(new(prefix + ".HABITANTS", scope.Name, programme.Sum(r => r.Row.ResidentParticipants ?? 0)));
                result.Add(new(prefix + ".ACTIONS", scope.Name, programme.Sum(r => r.Row.ActionsCount ?? 0)));
                result.Add(new(prefix + ".TAUX_RESEAU", scope.Name, scopeMembers == 0 ? null : structures / scopeMembers));
            }
        }
    }

    private static CalendarEvent? SingleOrNone(IEnumerable<CalendarEvent> candidates)
    {
        var list = candidates.Take(2).ToList();
        return list.Count == 1 ? list[0] : null;
    }

    private sealed record Scope(string Name, Func<MemberStructure, bool> Contains);
}

/// <summary>One expected indicator of a sample year (code, scope, exact value or null when undefined).</summary>
public sealed record SampleIndicator(string Code, string Scope, decimal? Value);
