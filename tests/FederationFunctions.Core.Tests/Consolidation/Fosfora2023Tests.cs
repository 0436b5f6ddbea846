using System.Globalization;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Validation;
using static FederationFunctions.Core.Tests.Consolidation.ConsolidationTestData;

namespace FederationFunctions.Core.Tests.Consolidation;

/// <summary>
/// The FOSFORA table of the federation's published 2023 report, rebuilt from a catalogue and centre rows
/// generated to imply it. The expected figures are the published ones, typed as literals.
/// </summary>
public class Fosfora2023Tests
{
    private const string Volunteers = "Formation des bénévoles";
    private const string Projects = "Accompagnement des projets";

    private static readonly ConsolidationResult Result = Build();

    [Fact]
    public void Fosfora2023_Table_ReproducesThePublishedReport()
    {
        FosforaTableRow[] expected =
        [
            new(FosforaRowKind.GroupHeading, Volunteers, Volunteers, 0, 0, 0, 0m),
            new(FosforaRowKind.Line, Volunteers, "Formations bénévoles", 22, 34, 8, 3600m),
            new(FosforaRowKind.Line, Volunteers, "Formations mixtes", 6, 47, 15, 6750m),
            new(FosforaRowKind.Line, Volunteers, "Formations territoriales", 50, 59, 2, 2400m),
            new(FosforaRowKind.Line, Volunteers, "Journées thématiques", 22, 38, 2, 2400m),
            new(FosforaRowKind.GroupTotal, Volunteers, "Total formation des bénévoles", 100, 178, 27, 15150m),
            new(FosforaRowKind.GroupHeading, Projects, Projects, 0, 0, 0, 0m),
            new(FosforaRowKind.Line, Projects, "Accompagnement des administrateurs", 16, 17, 22, 4330m),
            new(FosforaRowKind.Line, Projects, "Formations-actions", 6, 11, 16, 3600m),
            new(FosforaRowKind.Line, Projects, "Universités populaires", 10, 38, 2, 2400m),
            new(FosforaRowKind.GroupTotal, Projects, "Total accompagnement des projets", 32, 66, 40, 10330m),
            new(FosforaRowKind.Line, "AMEPP", "AMEPP", 12, 107, 146, 32850m),
            new(FosforaRowKind.GroupHeading, "CONGRÈS", "CONGRÈS", 0, 0, 0, 0m),
            new(FosforaRowKind.Line, "CONGRÈS", "Congrès des centres sociaux", 0, 0, 0, 10000m),
            new(FosforaRowKind.GroupHeading, "Séminaire", "Séminaire", 0, 0, 0, 0m),
            new(FosforaRowKind.Line, "Séminaire", "Séminaire des administrateurs", 0, 30, 2, 2400m),
            new(FosforaRowKind.GrandTotal, "", "TOTAL GÉNÉRAL", 144, 381, 215, 70730m),
        ];

        Assert.Equal(expected, Result.Fosfora.Rows);
    }

    [Fact]
    public void Fosfora2023_OverTheEnvelope_IsFlagged()
    {
        Assert.Equal(70700m, Result.Fosfora.EnvelopeEur);
        Assert.Equal(30m, Result.Fosfora.OverrunEur);
        var anomaly = Assert.Single(Result.Anomalies, a => a.Kind == AnomalyKind.FosforaOverEnvelope);
        Assert.Contains("de 30\u00A0€.", anomaly.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FOSFORA.STRUCTURES", "144")]
    [InlineData("FOSFORA.BENEVOLES", "381")]
    [InlineData("FOSFORA.SEANCES", "215")]
    [InlineData("FOSFORA.MONTANT", "70730")]
    public void Fosfora2023_Indicators_AreTheTableTotals(string code, string expected)
    {
        Assert.Equal(Dec(expected), Single(Result, code, "FED").Value);
    }

    private static ConsolidationResult Build()
    {
        var catalogue = new[]
        {
            Action("L1A", Audience.Benevoles, Volunteers, "Formations bénévoles", sessions: 5, amount: 2000m),
            Action("L2", Audience.Mixte, Volunteers, "Formations mixtes", sessions: 15, amount: 6750m, outside: 7),
            Action("L1B", Audience.Benevoles, Volunteers, "Formations bénévoles", sessions: 3, amount: 1600m),
            Action("L3", Audience.Benevoles, Volunteers, "Formations territoriales", sessions: 2, amount: 2400m),
            Action("L4A", Audience.Benevoles, Volunteers, "Journées thématiques", sessions: 2, amount: 2400m),
            Action("L5", Audience.Mixte, Projects, "Accompagnement des administrateurs", sessions: 22, amount: 4330m),
            // A line's later action after another group began: the line and group keep their first position.
            Action("L4B", Audience.Benevoles, " formation des Bénévoles ", "journées thématiques", sessions: 0, amount: 0m),
            Action("L6", Audience.Mixte, Projects, "Formations-actions", sessions: 16, amount: 3600m),
            Action("L7", Audience.Benevoles, Projects, "Universités populaires", sessions: 2, amount: 2400m),
            Action("SAL-1", Audience.Salaries, sessions: 9, amount: 0m),
            Action("AMEPP-1", null, "AMEPP", "AMEPP", sessions: 146, amount: 32850m),
            Action("CONGRES", null, "CONGRÈS", "Congrès des centres sociaux", amount: 10000m),
            Action("SEMINAIRE", Audience.Benevoles, "Séminaire", "Séminaire des administrateurs", sessions: 2, amount: 2400m, outside: 30),
        };

        var codes = Enumerable.Range(1, 60).Select(i => i <= 40
            ? $"59-FOS-{i.ToString("000", CultureInfo.InvariantCulture)}"
            : $"62-FOS-{i.ToString("000", CultureInfo.InvariantCulture)}").ToList();
        var structures = codes.Select(c => c.StartsWith("59", StringComparison.Ordinal)
            ? Structure(c, "LIL", Department.Nord)
            : Structure(c, "ART", Department.PasDeCalais)).ToList();
        structures.Add(Structure("59-FOS-099", "LIL", Department.Nord, isMember: false));
        structures.Add(Structure("59-FOS-097", "LIL", Department.Nord));

        var rows = codes.ToDictionary(c => c, _ => new List<TrainingRow>());
        void Attend(string action, int first, int centres, int volunteers)
        {
            for (var i = 0; i < centres; i++)
            {
                var list = rows[codes[first + i]];
                list.Add(Training(list.Count + 5, action, 0, 1));
            }

            // The extra volunteers on a second row of the same action (rows of one code are added up).
            var head = rows[codes[first]];
            head.Add(Training(head.Count + 5, action, 1, volunteers - centres));
        }

        Attend("L1A", 0, 22, 22);
        Attend("L1B", 0, 12, 12);
        Attend("L2", 10, 6, 40);
        Attend("L3", 5, 50, 59);
        for (var i = 55; i < 60; i++)
        {
            rows[codes[i]].Add(Training(40, "L3", 2, 0));
        }

        Attend("L4A", 20, 15, 25);
        Attend("L4B", 35, 7, 13);
        Attend("L5", 30, 16, 17);
        Attend("L6", 50, 6, 11);
        Attend("L7", 0, 10, 38);
        Attend("AMEPP-1", 40, 12, 107);
        rows[codes[0]].Add(Training(41, "SAL-1", 3, 0));

        var reference = Reference(
            [Territory("LIL", Department.Nord), Territory("ART", Department.PasDeCalais)],
            structures,
            catalogue: catalogue,
            envelope: 70700m);
        var submissions = codes.Select(c => Accepted(Workbook(c, trainings: rows[c]))).ToList();
        submissions.Add(Accepted(Workbook("59-FOS-099", trainings: [Training(5, "L1A", 0, 10), Training(6, "L3", 0, 10)])));
        submissions.Add(Accepted(Workbook("59-FOS-098", trainings: [Training(5, "AMEPP-1", 0, 5)])));
        submissions.Add(new CentreSubmission(
            "59-FOS-097",
            null,
            Workbook("59-FOS-097", trainings: [Training(5, "L1A", 0, 8)]),
            Upload("59-FOS-097/x.xlsx", "2024-01-02T10:00", UploadOutcome.Rejetee, errors: 3)));
        return Calculate(reference, [.. submissions]);
    }
}
