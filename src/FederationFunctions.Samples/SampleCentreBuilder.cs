using System.Globalization;
using FederationFunctions.Core.Model;

namespace FederationFunctions.Samples;

/// <summary>Builds the activity of one centre for a sample year, consistent with the year's reference.</summary>
internal sealed class SampleCentreBuilder(ReferenceWorkbook reference, Random random)
{
    /// <summary>An action code absent from the catalogue: a consolidation anomaly, never an ingestion error.</summary>
    public const string UnknownActionCode = "FOR-X99";

    private static readonly string[] ProjectWords =
    [
        "Ateliers", "Sorties familles", "Café des parents", "Jardin partagé", "Accompagnement numérique", "Séjour",
        "Repas partagés", "Prévention", "Permanence", "Fête de quartier", "Marche santé", "Atelier cuisine",
    ];

    private static readonly string[] Funders = ["CAF", "CARSAT", "Département", "Commune", "ANCV", "ARS", "MSA", "État"];

    public CentreWorkbook Build(string structureCode, string name, Department department, string territoryCode)
    {
        var headcount = 3 + random.Next(55);
        var fte = Math.Round(headcount * (0.45m + (decimal)random.Next(45) / 100m), 2);
        var declaration = new StructureDeclaration(
            StructureCode: structureCode,
            Year: reference.Year,
            Name: name,
            StaffHeadcount: headcount,
            StaffFte: fte,
            ActivityVolunteers: 5 + random.Next(110),
            BoardVolunteers: 4 + random.Next(16),
            MemberFamilies: random.Next(5) == 0 ? null : 40 + random.Next(800));
        return new CentreWorkbook(declaration, BuildMeetings(territoryCode), BuildTrainings(), BuildProgrammes(department));
    }

    private List<MeetingRow> BuildMeetings(string territoryCode)
    {
        var rows = new List<MeetingRow>();
        var own = reference.Calendar.Where(e => e.TerritoryCode == territoryCode).ToList();
        foreach (var calendarEvent in own)
        {
            var chance = calendarEvent.Type == EventType.AT ? 70 : 60;
            if (random.Next(100) < chance)
            {
                rows.Add(Attend(calendarEvent, WithCode()));
            }
        }

        foreach (var calendarEvent in reference.Calendar.Where(e => e.TerritoryCode is null))
        {
            if (random.Next(100) < 45)
            {
                rows.Add(Attend(calendarEvent, WithCode()));
            }
        }

        if (random.Next(100) < 6)
        {
            // A neighbour's assembly, named by its code: the code wins over the structure's territory.
            var other = reference.Calendar.FirstOrDefault(e => e.Type == EventType.AT && e.TerritoryCode is not null && e.TerritoryCode != territoryCode);
            if (other is not null)
            {
                rows.Add(Attend(other, withCode: true));
            }
        }

        if (random.Next(100) < 10)
        {
            // A meeting that is not in the calendar: kept, counted nowhere, listed as an anomaly.
            rows.Add(new MeetingRow(0, null, new DateOnly(reference.Year, 7, 1 + random.Next(28)), EventType.AUTRE, 1 + random.Next(2), random.Next(3), false));
        }

        return rows.OrderBy(r => r.Date).ToList();
    }

    private bool WithCode() => random.Next(100) < 55;

    private MeetingRow Attend(CalendarEvent calendarEvent, bool withCode)
    {
        var staff = random.Next(4);
        var volunteers = random.Next(5);
        if (staff + volunteers == 0)
        {
            volunteers = 1;
        }

        var director = calendarEvent.Type == EventType.DIRECTIONS ? random.Next(100) < 80 : random.Next(100) < 30;
        return new MeetingRow(0, withCode ? calendarEvent.EventCode : null, calendarEvent.Date, calendarEvent.Type, staff, volunteers, director);
    }

    private List<TrainingRow> BuildTrainings()
    {
        var rows = new List<TrainingRow>();
        var trainings = reference.Catalogue.Where(a => a.Audience is not null && a.ActionCode != "FOR-S04").ToList();
        var count = random.Next(5);
        for (var i = 0; i < count; i++)
        {
            var action = trainings[random.Next(trainings.Count)];
            var staff = action.Audience is Audience.Salaries or Audience.Mixte ? 1 + random.Next(4) : 0;
            var volunteers = action.Audience is Audience.Benevoles or Audience.Mixte ? 1 + random.Next(6) : 0;
            if (action.Audience == Audience.Mixte && random.Next(3) == 0)
            {
                staff = 0;
            }

            DateOnly? date = random.Next(4) == 0 ? null : new DateOnly(reference.Year, 1 + random.Next(11), 1 + random.Next(28));
            rows.Add(new TrainingRow(0, action.ActionCode, action.Title, date, staff, volunteers));
        }

        if (random.Next(100) < 5)
        {
            rows.Add(new TrainingRow(0, UnknownActionCode, "Formation hors catalogue", null, 1, 0));
        }

        return rows;
    }

    private List<ProgrammeRow> BuildProgrammes(Department department)
    {
        var rows = new List<ProgrammeRow>();
        var count = random.Next(6);
        var codes = Enum.GetValues<ProgrammeCode>().Where(c => c != ProgrammeCode.PARENTALITE_62 || department == Department.PasDeCalais).ToArray();
        for (var i = 0; i < count; i++)
        {
            var code = codes[random.Next(codes.Length)];
            var statusDraw = random.Next(100);
            var status = statusDraw switch
            {
                < 45 => ProjectStatus.EnCours,
                < 80 => ProjectStatus.Termine,
                < 92 => ProjectStatus.EnPreparation,
                _ => ProjectStatus.Abandonne,
            };
            var amountRequired = code is ProgrammeCode.SANTE_NUTRITION or ProgrammeCode.SANTE_CANCER or ProgrammeCode.VACANCES or ProgrammeCode.LAB_SOCIAL;
            decimal? amount = amountRequired || random.Next(2) == 0
                ? (500 + random.Next(12_000)) + (random.Next(4) == 0 ? random.Next(100) / 100m : 0m)
                : null;
            var title = string.Create(CultureInfo.InvariantCulture, $"{ProjectWords[random.Next(ProjectWords.Length)]} {i + 1}");
            rows.Add(new ProgrammeRow(
                0,
                code,
                title,
                status,
                amount,
                random.Next(3) == 0 ? null : Funders[random.Next(Funders.Length)],
                random.Next(4) == 0 ? null : 5 + random.Next(200),
                random.Next(4) == 0 ? null : 1 + random.Next(40)));
        }

        return rows;
    }
}
