using FederationFunctions.Core.Model;
using FederationFunctions.Core.Tests.TestSupport;
using FederationFunctions.Core.Validation;
using static FederationFunctions.Core.Tests.TestSupport.SpecWorkbooks;

namespace FederationFunctions.Core.Tests.Validation;

// The Formations table (§ Table Formations).
public partial class CentreWorkbookValidatorTests
{
    [Fact]
    public void SpecExample_DouzeInSalariesFormes_GivesTheSpecMessage()
    {
        var fixture = new CentreWorkbookFixture
        {
            Formations = s =>
            {
                CentreWorkbookFixture.ValidFormations(s);
                s.Row(7, "MIX-HAN", "Inclusion et handicap", null, "douze", 1);
            },
        };

        var result = Validate(fixture);

        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
        Assert.Null(result.Workbook);
        var issue = Single(result, "INTEGER_INVALID");
        Assert.Equal(
            new ValidationIssue(
                Severity.Error,
                "INTEGER_INVALID",
                "Formations, ligne 7, colonne D (Salariés formés) : « douze » n'est pas un nombre entier. Saisissez un nombre, par exemple 12.",
                "Formations",
                7,
                "D",
                "Salariés formés",
                "douze"),
            issue);
    }

    [Fact]
    public void TrainingWithoutTrainee_IsAnError()
    {
        var fixture = new CentreWorkbookFixture
        {
            Formations = s =>
            {
                CentreWorkbookFixture.FormationsHeader(s);
                s.Row(2, "SAL-REF", null, null, 0, 0);
            },
        };

        var issue = Single(Validate(fixture), "NO_TRAINEE");
        Assert.Equal(("Formations", 2), (issue.Sheet, issue.Row));
    }

    [Fact]
    public void TrainingDateOutsideTheYear_IsAnError()
    {
        var fixture = new CentreWorkbookFixture
        {
            Formations = s =>
            {
                CentreWorkbookFixture.FormationsHeader(s);
                s.Row(2, "SAL-REF", null, Cells.Date(2024, 1, 5), 1, 0);
            },
        };

        Assert.Equal("C", Single(Validate(fixture), "DATE_OUTSIDE_YEAR").Column);
    }

    [Fact]
    public void SameActionCodeTwice_IsKeptAsTwoRows()
    {
        var fixture = new CentreWorkbookFixture
        {
            Formations = s =>
            {
                CentreWorkbookFixture.FormationsHeader(s);
                s.Row(2, "SAL-REF", null, null, 1, 0).Row(3, "SAL-REF", null, null, 1, 0);
            },
        };

        var result = Validate(fixture);
        AssertAccepted(result);
        Assert.Equal(2, result.Workbook!.Trainings.Count);
    }

    [Theory]
    [InlineData("Code formation", "Formation", "Date de début", "Salariés", "Bénévoles")]
    [InlineData("Code", "Titre", "date", "staff_trainees", "volunteer_trainees")]
    [InlineData("action_code", "title", "DATE DE DEBUT", "SALARIES FORMES", "BENEVOLES FORMES")]
    public async Task FormationsHeaders_Alternatives_AreRecognised(string a, string b, string c, string d, string e)
    {
        var package = Centre();
        package["Formations"].Rows[0] = [a, b, c, d, e];

        var result = await CheckCentreAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Equal(new TrainingRow(2, "SAL-REF", "Être référent famille", new DateOnly(2023, 4, 12), 3, 0), result.Workbook!.Trainings[0]);
    }

    [Fact]
    public async Task Trainees_SumZero_IsARowError()
    {
        var package = Centre();
        package["Formations"].Set(3, "E", "0");

        var result = await CheckCentreAsync(package);

        AssertSingle(result, Severity.Error, "Formations", 3, null);
    }

    [Fact]
    public async Task FormationsDate_OutsideTheActivityYear_IsAnError()
    {
        var package = Centre();
        package["Formations"].Set(2, "C", "31/12/2022");

        var result = await CheckCentreAsync(package);

        AssertSingle(result, Severity.Error, "Formations", 2, "C", "Date", "31/12/2022");
    }

    [Fact]
    public async Task FormationsRows_WithTheSameCode_AreAllowed()
    {
        var package = Centre();
        package["Formations"].Row("SAL-REF", "Être référent famille", "12/10/2023", 3, 0);
        package["Formations"].Row("sal-ref ", "Être référent famille", "12/10/2023", 3, 0);

        var result = await CheckCentreAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Equal(4, result.Workbook!.Trainings.Count);
    }
}
