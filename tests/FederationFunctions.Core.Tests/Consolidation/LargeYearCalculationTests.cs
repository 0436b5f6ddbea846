using System.Globalization;
using FederationFunctions.Core.Model;
using static FederationFunctions.Core.Tests.Consolidation.ConsolidationTestData;

namespace FederationFunctions.Core.Tests.Consolidation;

/// <summary>
/// The calculation on a network far larger than the federation's. How long it takes is measured by the benchmark
/// <c>LargeYearCalculationBenchmarks</c> (docs/benchmarks.md), not here: a time limit in a test fails on a loaded machine.
/// </summary>
public class LargeYearCalculationTests
{
    /// <summary>
    /// 50 territories × 50 members = 2,500 structures, each attending its territory's 6 assemblies (3 by code,
    /// 3 by date) with 1 employee and 2 volunteers, 2 directors' meetings, 8 training rows and 6 programme rows.
    /// </summary>
    [Fact]
    public void YearOf2500Structures_CountsEveryStructureMeetingAndTraining()
    {
        static string Two(int i) => i.ToString("00", CultureInfo.InvariantCulture);
        var territories = Enumerable.Range(0, 50)
            .Select(t => Territory($"T{(char)('A' + (t / 26))}{(char)('A' + (t % 26))}", t < 25 ? Department.Nord : Department.PasDeCalais))
            .ToList();
        var calendar = new List<CalendarEvent>();
        foreach (var territory in territories)
        {
            for (var m = 1; m <= 6; m++)
            {
                calendar.Add(Event($"AT-{territory.Code}-{m}", $"2023-{Two(m)}-10", EventType.AT, territory.Code));
            }

            calendar.Add(Event($"DIR-{territory.Code}-1", "2023-09-15", EventType.DIRECTIONS, territory.Code));
            calendar.Add(Event($"DIR-{territory.Code}-2", "2023-10-15", EventType.DIRECTIONS, territory.Code));
        }

        var catalogue = Enumerable.Range(1, 60)
            .Select(a => Action($"F-{a}", Audience.Mixte, "Formation des bénévoles", $"Ligne {a % 10}", sessions: 1, amount: 100m))
            .ToList();
        var structures = new List<MemberStructure>();
        var submissions = new List<FederationFunctions.Core.Consolidation.CentreSubmission>();
        for (var t = 0; t < territories.Count; t++)
        {
            var territory = territories[t];
            for (var s = 1; s <= 50; s++)
            {
                var department = territory.Department == Department.Nord ? "59" : "62";
                var code = $"{department}-{territory.Code}-{s.ToString("000", CultureInfo.InvariantCulture)}";
                structures.Add(Structure(code, territory.Code, territory.Department));
                var meetings = Enumerable.Range(1, 6)
                    .Select(m => Meeting(m + 4, m <= 3 ? $"at-{territory.Code}-{m}" : null, $"2023-{Two(m)}-10", EventType.AT, 1, 2))
                    .Append(Meeting(11, null, "2023-09-15", EventType.DIRECTIONS, 1, 0, director: true))
                    .Append(Meeting(12, null, "2023-10-15", EventType.DIRECTIONS, 1, 0, director: s % 2 == 0))
                    .ToList();
                var trainings = Enumerable.Range(0, 8).Select(i => Training(i + 5, $"F-{((s + i) % 60) + 1}", 1, 1)).ToList();
                var programmes = Enum.GetValues<ProgrammeCode>().Take(6)
                    .Select((p, i) => Programme(i + 5, p, ProjectStatus.EnCours, 1000m, 10, 1)).ToList();
                submissions.Add(Accepted(Workbook(code, staff: 5, meetings: meetings, trainings: trainings, programmes: programmes)));
            }
        }

        var reference = Reference(territories, structures, calendar, catalogue);

        var result = Calculate(reference, [.. submissions]);

        Assert.Equal(2500m, Single(result, "RESEAU.STRUCTURES", "FED").Value);
        Assert.Equal(6m, Single(result, "AT.REUNIONS", "TAA").Value);
        // 50 structures × 6 assemblies × (1 + 2) attendees.
        Assert.Equal(900m, Single(result, "AT.PARTICIPANTS", "TAA").Value);
        Assert.Equal(50m, Single(result, "AT.STRUCTURES_MOYEN", "TBX").Value);
        Assert.Equal(1m, Single(result, "AT.TAUX_PARTICIPATION", "TBX").Value);
        // (50 + 25) structures with their director over 2 meetings = 37.5, / 50 members.
        Assert.Equal(0.75m, Single(result, "DIRECTIONS.TAUX_PRESENCE", "TAA").Value);
        Assert.Equal(20000m, Single(result, "FORMATION.BENEVOLES", "FED").Value);
        Assert.Empty(result.Anomalies);
    }
}
