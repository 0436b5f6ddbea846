using System.Globalization;
using FederationFunctions.Core.Model;

namespace FederationFunctions.Samples;

/// <summary>Builds the activity of one centre for a sample year, consistent with the year's reference.</summary>
internal sealed class SampleCentreBuilder
{
    /// <summary>An action code absent from the catalogue: a consolidation anomaly, never an ingestion error.</summary>
    public const string UnknownActionCode = "FOR-X99";

    private static readonly string[] ProjectWords =
    [
        "Ateliers", "Sorties familles", "Café des parents", "Jardin partagé", "Accompagnement numérique", "Séjour",
        "Repas partagés", "Prévention", "Permanence", "Fête de quartier", "Marche santé", "Atelier cuisine",
    ];

    private static readonly string[] Funders = ["CAF", "CARSAT", "Département", "Commune", "ANCV", "ARS", "MSA", "État"];

    private readonly ReferenceWorkbook _reference;
    private readonly Random _random;

    public SampleCentreBuilder(ReferenceWorkbook reference, Random random)
    {
        _reference = reference;
        _random = random;
    }

    public CentreWorkbook Build(string structureCode, string name, Department department, string territoryCode)
    {
        var headcount = 3 + _random.Next(55);
        var fte = Math.Round(headcount * (0.45m + (decimal)_random.Next(45) / 100m), 2);
        var declaration = new StructureDeclaration(
            structureCode,
            _reference.Year,
            name,
            headcount,
            fte,
            5 + _random.Next(110),
            4 + _random.Next(16),
            _random.Next(5) == 0 ? null : 40 + _random.Next(800));
        return new CentreWorkbook(declaration, BuildMeetings(territoryCode), BuildTrainings(), BuildProgrammes(department));
    }

    private List<MeetingRow> BuildMeetings(string territoryCode)
    {
        var rows = new List<MeetingRow>();
        var own = _reference.Calendar.Where(e => e.TerritoryCode == territoryCode).ToList();
        foreach (var calendarEvent in own)
        {
            var chance = calendarEvent.Type == EventType.AT ? 70 : 60;
            if (_random.Next(100) < chance)
            {
                rows.Add(Attend(calendarEvent, WithCode()));
            }
        }

        foreach (var calendarEvent in _reference.Calendar.Where(e => e.TerritoryCode is null))
        {
            if (_random.Next(100) < 45)
            {
                rows.Add(Attend(calendarEvent, WithCode()));
            }
        }

        if (_random.Next(100) < 6)
        {
            // A neighbour's assembly, named by its code: the code wins over the structure's territory.
            var other = _reference.Calendar.FirstOrDefault(e => e.Type == EventType.AT && e.TerritoryCode is not null && e.TerritoryCode != territoryCode);
            if (other is not null)
            {
                rows.Add(Attend(other, withCode: true));
            }
        }

        if (_random.Next(100) < 10)
        {
            // A meeting that is not in the calendar: kept, counted nowhere, listed as an anomaly.
            rows.Add(new MeetingRow(0, null, new DateOnly(_reference.Year, 7, 1 + _random.Next(28)), EventType.AUTRE, 1 + _random.Next(2), _random.Next(3), false));
        }

        return rows.OrderBy(r => r.Date).ToList();
    }

    private bool WithCode() => _random.Next(100) < 55;

    private MeetingRow Attend(CalendarEvent calendarEvent, bool withCode)
    {
        var staff = _random.Next(4);
        var volunteers = _random.Next(5);
        if (staff + volunteers == 0)
        {
            volunteers = 1;
        }

        var director = calendarEvent.Type == EventType.DIRECTIONS ? _random.Next(100) < 80 : _random.Next(100) < 30;
        return new MeetingRow(0, withCode ? calendarEvent.EventCode : null, calendarEvent.Date, calendarEvent.Type, staff, volunteers, director);
    }

    private List<TrainingRow> BuildTrainings()
    {
        var rows = new List<TrainingRow>();
        var trainings = _reference.Catalogue.Where(a => a.Audience is not null && a.ActionCode != "FOR-S04").ToList();
        var count = _random.Next(5);
        for (var i = 0; i < count; i++)
        {
            var action = trainings[_random.Next(trainings.Count)];
            var staff = action.Audience is Audience.Salaries or Audience.Mixte ? 1 + _random.Next(4) : 0;
            var volunteers = action.Audience is Audience.Benevoles or Audience.Mixte ? 1 + _random.Next(6) : 0;
            if (action.Audience == Audience.Mixte && _random.Next(3) == 0)
            {
                staff = 0;
            }

            DateOnly? date = _random.Next(4) == 0 ? null : new DateOnly(_reference.Year, 1 + _random.Next(11), 1 + _random.Next(28));
            rows.Add(new TrainingRow(0, action.ActionCode, action.Title, date, staff, volunteers));
        }

        if (_random.Next(100) < 5)
        {
            rows.Add(new TrainingRow(0, UnknownActionCode, "Formation hors catalogue", null, 1, 0));
        }

        return rows;
    }

    private List<ProgrammeRow> BuildProgrammes(Department department)
    {
        var rows = new List<ProgrammeRow>();
        var count = _random.Next(6);
        var codes = Enum.GetValues<ProgrammeCode>().Where(c => c != ProgrammeCode.PARENTALITE_62 || department == Department.PasDeCalais).ToArray();
        for (var i = 0; i < count; i++)
        {
            var code = codes[_random.Next(codes.Length)];
            var statusDraw = _random.Next(100);
            var status = statusDraw switch
            {
                < 45 => ProjectStatus.EnCours,
                < 80 => ProjectStatus.Termine,
                < 92 => ProjectStatus.EnPreparation,
                _ => ProjectStatus.Abandonne,
            };
            var amountRequired = code is ProgrammeCode.SANTE_NUTRITION or ProgrammeCode.SANTE_CANCER or ProgrammeCode.VACANCES or ProgrammeCode.LAB_SOCIAL;
            decimal? amount = amountRequired || _random.Next(2) == 0
                ? (500 + _random.Next(12_000)) + (_random.Next(4) == 0 ? _random.Next(100) / 100m : 0m)
                : null;
            var title = string.Create(CultureInfo.InvariantCulture, $"{ProjectWords[_random.Next(ProjectWords.Length)]} {i + 1}");
            rows.Add(new ProgrammeRow(
                0,
                code,
                title,
                status,
                amount,
                _random.Next(3) == 0 ? null : Funders[_random.Next(Funders.Length)],
                _random.Next(4) == 0 ? null : 5 + _random.Next(200),
                _random.Next(4) == 0 ? null : 1 + _random.Next(40)));
        }

        return rows;
    }
}
