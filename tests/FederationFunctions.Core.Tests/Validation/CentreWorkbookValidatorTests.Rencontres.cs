using FederationFunctions.Core.Model;
using FederationFunctions.Core.Tests.TestSupport;
using FederationFunctions.Core.Validation;
using static FederationFunctions.Core.Tests.TestSupport.SpecWorkbooks;

namespace FederationFunctions.Core.Tests.Validation;

// The Rencontres table (§ Table Rencontres).
public partial class CentreWorkbookValidatorTests
{
    [Fact]
    public void MeetingDateOutsideTheActivityYear_IsAnError()
    {
        var fixture = new CentreWorkbookFixture
        {
            Rencontres = s =>
            {
                CentreWorkbookFixture.RencontresHeader(s);
                s.Row(2, null, "15/12/2022", "AG", 1, 0, null);
            },
        };

        var issue = Single(Validate(fixture), "DATE_OUTSIDE_YEAR");
        Assert.Equal((Severity.Error, "Rencontres", 2, "B", "Date", "15/12/2022"), (issue.Severity, issue.Sheet, issue.Row, issue.Column, issue.Header, issue.Value));
        Assert.Equal(
            "Rencontres, ligne 2, colonne B (Date) : la date 15/12/2022 n'est pas dans l'année d'activité 2023 (feuille Structure). Corrigez la date, ou l'année si c'est elle qui est fausse.",
            issue.Message);
    }

    [Fact]
    public void MeetingWithoutAttendee_IsAnError()
    {
        var fixture = new CentreWorkbookFixture
        {
            Rencontres = s =>
            {
                CentreWorkbookFixture.RencontresHeader(s);
                s.Row(2, null, Cells.Date(2023, 3, 1), "AG", 0, 0, null);
            },
        };

        var issue = Single(Validate(fixture), "NO_ATTENDEE");
        Assert.Equal(("Rencontres", 2), (issue.Sheet, issue.Row));
        Assert.StartsWith("Rencontres, ligne 2 : aucun participant", issue.Message);
    }

    [Fact]
    public void MeetingDirectorColumnAbsent_MeansNon()
    {
        var fixture = new CentreWorkbookFixture
        {
            Rencontres = s => s
                .Row(1, "Date", "Type de rencontre", "Salariés présents", "Bénévoles présents")
                .Row(2, Cells.Date(2023, 3, 1), "AG", 1, 0),
        };

        var result = Validate(fixture);

        AssertAccepted(result);
        Assert.False(Assert.Single(result.Workbook!.Meetings).DirectorPresent);
    }

    [Fact]
    public void MeetingDirectorNeitherYesNorNo_IsAnError()
    {
        var fixture = new CentreWorkbookFixture
        {
            Rencontres = s =>
            {
                CentreWorkbookFixture.RencontresHeader(s);
                s.Row(2, null, Cells.Date(2023, 3, 1), "AG", 1, 0, "peut-être");
            },
        };

        var issue = Single(Validate(fixture), "YES_NO_INVALID");
        Assert.Equal(("F", "Direction présente", "peut-être"), (issue.Column, issue.Header, issue.Value));
    }

    [Fact]
    public void UnknownEventType_ErrorListsTheLabels()
    {
        var fixture = new CentreWorkbookFixture
        {
            Rencontres = s =>
            {
                CentreWorkbookFixture.RencontresHeader(s);
                s.Row(2, null, Cells.Date(2023, 3, 1), "Réunion", 1, 0);
            },
        };

        var issue = Single(Validate(fixture), "ENUM_INVALID");
        Assert.Equal(
            "Rencontres, ligne 2, colonne C (Type de rencontre) : « Réunion » ne figure pas dans la liste des types de rencontre. Choisissez parmi : Assemblée territoriale, Réunion des directions, Réunion des présidences, Assemblée générale, Congrès, Autre rencontre.",
            issue.Message);
    }

    [Fact]
    public void RequiredCellLeftBlank_IsAnError()
    {
        var fixture = new CentreWorkbookFixture
        {
            Rencontres = s =>
            {
                CentreWorkbookFixture.RencontresHeader(s);
                s.Row(2, "AT-1", null, "AG", 1, 0);
            },
        };

        var issue = Single(Validate(fixture), "VALUE_REQUIRED");
        Assert.Equal(("Rencontres", 2, "B", "Date", ""), (issue.Sheet, issue.Row, issue.Column, issue.Header, issue.Value));
        Assert.Equal(
            "Rencontres, ligne 2, colonne B (Date) : la cellule est vide alors que « Date » est obligatoire. Saisissez une date de l'année 2023, par exemple 15/03/2023.",
            issue.Message);
    }

    [Theory]
    [InlineData("Code", "Date de la rencontre", "Type", "Salariés", "Bénévoles", "Direction")]
    [InlineData("Code rencontre", "date", "TYPE DE RENCONTRE", "SALARIES PRESENTS", "benevoles_presents", "direction_presente")]
    [InlineData("event_code", "date", "event_type", "staff_attendees", "volunteer_attendees", "director_present")]
    [InlineData("Code événement (nb)", "Date ", "Type de rencontre :", "Salariés présents (nb)", "Bénévoles présents nb", "Direction présente ?")]
    public async Task RencontresHeaders_Alternatives_AreRecognised(string a, string b, string c, string d, string e, string f)
    {
        var package = Centre();
        package["Rencontres"].Rows[0] = [a, b, c, d, e, f];

        var result = await CheckCentreAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Equal(new MeetingRow(2, "AT-LIL-01", new DateOnly(2023, 3, 15), EventType.AT, 2, 3, true), result.Workbook!.Meetings[0]);
    }

    [Fact]
    public async Task Attendees_SumZero_IsARowError()
    {
        var package = Centre();
        package["Rencontres"].Set(2, "D", 0).Set(2, "E", 0);

        var result = await CheckCentreAsync(package);

        AssertSingle(result, Severity.Error, "Rencontres", 2, null);
    }

    public static TheoryData<string, EventType> EventTypeSpellings() => new()
    {
        { "Assemblée territoriale", EventType.AT }, { "AT", EventType.AT }, { "assemblee territoriale", EventType.AT },
        { "Réunion des directions", EventType.DIRECTIONS }, { "DIRECTIONS", EventType.DIRECTIONS }, { "CODIR", EventType.DIRECTIONS }, { "codir", EventType.DIRECTIONS },
        { "Réunion des présidences", EventType.PRESIDENCES }, { "PRESIDENCES", EventType.PRESIDENCES },
        { "Assemblée générale", EventType.AG }, { "AG", EventType.AG },
        { "Congrès", EventType.CONGRES }, { "CONGRES", EventType.CONGRES }, { "congres", EventType.CONGRES },
        { "Autre rencontre", EventType.AUTRE }, { "AUTRE", EventType.AUTRE }, { "Autre", EventType.AUTRE },
    };

    [Theory]
    [MemberData(nameof(EventTypeSpellings))]
    public async Task EventType_LabelCodeOrAlternative_IsRecognised(string text, EventType expected)
    {
        var package = Centre();
        package["Rencontres"].Set(2, "C", text);

        var result = await CheckCentreAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Equal(expected, result.Workbook!.Meetings[0].EventType);
    }

    [Fact]
    public async Task RencontresDate_OutsideTheActivityYear_IsAnError()
    {
        var package = Centre();
        package["Rencontres"].Set(3, "B", RawCell.DateSerial(2024, 1, 5, RawCell.StyleDdMmYyyy));

        var result = await CheckCentreAsync(package);

        AssertSingle(result, Severity.Error, "Rencontres", 3, "B", "Date", "05/01/2024");
    }

    [Fact]
    public async Task EventCode_ThatIsNotInAnyCalendar_DoesNotChangeTheOutcome()
    {
        var package = Centre();
        package["Rencontres"].Set(2, "A", "INCONNU-99");
        package["Formations"].Set(2, "A", "PAS-AU-CATALOGUE");

        SpecWorkbooks.AssertAccepted(await CheckCentreAsync(package));
    }
}
