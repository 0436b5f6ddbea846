using System.Globalization;
using FederationFunctions.Core.Model;

namespace FederationFunctions.Samples;

/// <summary>Builds the reference of a sample year: territories, structures, calendar, catalogue, envelope.</summary>
internal static class SampleReferenceBuilder
{
    /// <summary>Every 25th structure (offset 7) is not a member.</summary>
    private const int NonMemberPeriod = 25;

    /// <param name="yearsBefore">0 for the seed's own year; n &gt; 0: the same structures n years earlier, a few of today's members not yet members.</param>
    public static ReferenceWorkbook Build(int year, int structureCount, Random random, int yearsBefore = 0)
    {
        var territories = SampleGeography.Territories.Select(t => new Territory(t.Code, t.Name, t.Department)).ToList();
        return new ReferenceWorkbook(
            year,
            150_000m,
            territories,
            BuildStructures(structureCount, random, yearsBefore),
            BuildCalendar(year, random),
            BuildCatalogue());
    }

    private static List<MemberStructure> BuildStructures(int count, Random random, int yearsBefore)
    {
        var territories = SampleGeography.Territories;
        var totalWeight = territories.Sum(t => t.Weight);
        // Spread the structures by weight, at least one per territory, the remainder to the largest.
        var perTerritory = territories.Select(t => Math.Max(1, count * t.Weight / totalWeight)).ToArray();
        var index = 0;
        while (perTerritory.Sum() < count)
        {
            perTerritory[index % perTerritory.Length]++;
            index++;
        }

        while (perTerritory.Sum() > count && perTerritory.Max() > 1)
        {
            perTerritory[Array.IndexOf(perTerritory, perTerritory.Max())]--;
        }

        var structures = new List<MemberStructure>(count);
        var serial = 0;
        for (var t = 0; t < territories.Count; t++)
        {
            var territory = territories[t];
            for (var n = 1; n <= perTerritory[t]; n++)
            {
                var commune = territory.Communes[random.Next(territory.Communes.Count)];
                var isEvs = random.Next(100) < 18;
                var names = isEvs ? SampleGeography.EvsNames : SampleGeography.CentreNames;
                var name = string.Format(CultureInfo.InvariantCulture, names[random.Next(names.Count)], commune);
                var code = string.Create(CultureInfo.InvariantCulture, $"{(int)territory.Department}-{territory.Code}-{n:000}");
                structures.Add(new MemberStructure(
                    code,
                    name,
                    commune,
                    territory.Department,
                    territory.Code,
                    isEvs ? StructureType.EVS : StructureType.CS,
                    random.Next(100) < 15 ? Management.Municipal : Management.Associatif,
                    serial % NonMemberPeriod != 7 && !JoinedLater(serial, yearsBefore),
                    ContactName(serial),
                    ContactName(serial) is null ? null : ContactEmail(code),
                    serial % 11 == 4 ? null : ContactPhone(serial)));
                serial++;
            }
        }

        return structures;
    }

    /// <summary>About one structure in 30 joined in the last year: not yet a member one year earlier (more the further back).</summary>
    private static bool JoinedLater(int serial, int yearsBefore) => yearsBefore > 0 && serial % 30 < yearsBefore && serial % NonMemberPeriod != 7;

    private static readonly string[] ContactFirstNames = ["Nadia", "Karim", "Sophie", "Julien", "Fatima", "Olivier", "Claire", "Mehdi", "Isabelle", "Thomas"];

    private static readonly string[] ContactLastNames = ["Lefebvre", "Dubois", "Martin", "Mercier", "Benali", "Petit", "Lambert", "Roussel", "Delattre", "Caron", "Vasseur"];

    /// <summary>The director's name, for most structures; one in nine gives none (the report then says « non renseigné »).</summary>
    private static string? ContactName(int serial) => serial % 9 == 5
        ? null
        : ContactFirstNames[serial % ContactFirstNames.Length] + " " + ContactLastNames[(serial / 3) % ContactLastNames.Length];

    private static string ContactEmail(string code) => "direction." + code.ToLowerInvariant() + "@centres-sociaux-exemple.fr";

    /// <summary>Written as people write them: spaces, dots, or the international form.</summary>
    private static string ContactPhone(int serial)
    {
        var digits = (10_000_000 + (serial * 7_919 % 90_000_000)).ToString("D8", CultureInfo.InvariantCulture);
        var pairs = string.Join(" ", Enumerable.Range(0, 4).Select(i => digits.Substring(i * 2, 2)));
        return (serial % 3) switch
        {
            0 => "03 " + pairs,
            1 => "03." + pairs.Replace(' ', '.'),
            _ => "+33 3 " + pairs,
        };
    }

    private static List<CalendarEvent> BuildCalendar(int year, Random random)
    {
        var events = new List<CalendarEvent>();
        foreach (var territory in SampleGeography.Territories)
        {
            // Three or four territorial assemblies and two or three directors' meetings, on distinct days.
            var atCount = 3 + random.Next(2);
            var atMonths = new[] { 2, 5, 9, 11 };
            for (var i = 0; i < atCount; i++)
            {
                var date = new DateOnly(year, atMonths[i], 3 + random.Next(24));
                events.Add(new CalendarEvent(
                    string.Create(CultureInfo.InvariantCulture, $"AT-{territory.Code}-{i + 1:00}"),
                    date,
                    EventType.AT,
                    territory.Code,
                    string.Create(CultureInfo.InvariantCulture, $"Assemblée territoriale {territory.Name} n°{i + 1}")));
            }

            var directionsCount = 2 + random.Next(2);
            var directionsMonths = new[] { 3, 6, 10 };
            for (var i = 0; i < directionsCount; i++)
            {
                var date = new DateOnly(year, directionsMonths[i], 2 + random.Next(25));
                events.Add(new CalendarEvent(
                    string.Create(CultureInfo.InvariantCulture, $"DIR-{territory.Code}-{i + 1:00}"),
                    date,
                    EventType.DIRECTIONS,
                    territory.Code,
                    string.Create(CultureInfo.InvariantCulture, $"Réunion des directions {territory.Name}")));
            }
        }

        events.Add(new CalendarEvent(string.Create(CultureInfo.InvariantCulture, $"AG-{year}"), new DateOnly(year, 6, 14), EventType.AG, null, "Assemblée générale de la fédération"));
        events.Add(new CalendarEvent(string.Create(CultureInfo.InvariantCulture, $"CONGRES-{year}"), new DateOnly(year, 10, 18), EventType.CONGRES, null, "Congrès fédéral"));
        events.Add(new CalendarEvent(string.Create(CultureInfo.InvariantCulture, $"PRES-{year}-01"), new DateOnly(year, 4, 8), EventType.PRESIDENCES, null, "Rencontre des présidences"));
        return events;
    }

    private static List<CatalogueAction> BuildCatalogue() =>
    [
        new("FOR-B01", "Accueillir et écouter les habitants", Audience.Benevoles, "Formation des bénévoles", "Formations Bénévoles", 6, 9_600m, 0),
        new("FOR-B02", "Animer une réunion, prendre la parole", Audience.Benevoles, "Formation des bénévoles", "Formations Bénévoles", 4, 6_400m, 0),
        new("FOR-M01", "Le projet social : l'écrire ensemble", Audience.Mixte, "Formation des bénévoles", "Formations Mixtes", 5, 11_250m, 0),
        new("FOR-M02", "Laïcité et valeurs de la République", Audience.Mixte, "Formation des bénévoles", "Formations Mixtes", 3, 5_400m, 0),
        new("FOR-A01", "Parcours des nouveaux administrateurs", Audience.Benevoles, "Formation des bénévoles", "Parcours administrateurs", 8, 14_000m, 12),
        new("FOR-C01", "Préparer le congrès fédéral", Audience.Benevoles, "Vie fédérale", "Congrès et rencontres", 2, 7_500m, 20),
        new("FIN-P01", "Aide aux projets de bénévoles", null, "Financements spécifiques", "Soutien aux projets des centres", 0, 18_000m, 0),
        new("FOR-S01", "Fonction direction", Audience.Salaries, null, null, 4, 0m, 0),
        new("FOR-S02", "Fonction accueil", Audience.Salaries, null, null, 3, 0m, 0),
        new("FOR-S03", "Comptabilité associative", Audience.Salaries, null, null, 2, 0m, 0),
        new("FOR-S04", "Référent famille : prise de poste", Audience.Salaries, null, null, 2, 0m, 0),
    ];
}
