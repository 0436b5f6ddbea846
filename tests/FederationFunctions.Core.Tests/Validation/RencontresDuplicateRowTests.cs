using FederationFunctions.Core.Tests.TestSupport;
using FederationFunctions.Core.Validation;

namespace FederationFunctions.Core.Tests.Validation;

/// <summary>v1.1: two <c>Rencontres</c> rows identical in every column are an error naming both rows.</summary>
public class RencontresDuplicateRowTests
{
    private static ValidationResult<Core.Model.CentreWorkbook> Validate(Action<SheetBuilder> rencontres) =>
        new CentreWorkbookValidator().Validate(new CentreWorkbookFixture { Rencontres = rencontres }.Build(), null);

    [Fact]
    public void TwoIdenticalRows_AreAnErrorNamingBothRows()
    {
        var result = Validate(s =>
        {
            CentreWorkbookFixture.RencontresHeader(s);
            s.Row(2, "AT-LIL-01", Cells.Date(2023, 3, 15), "Assemblée territoriale", 2, 3, "Oui")
             .Row(3, null, Cells.Date(2023, 6, 1), "Réunion des directions", 1, 0, null)
             .Row(4, "AT-LIL-01", Cells.Date(2023, 3, 15), "Assemblée territoriale", 2, 3, "Oui");
        });

        Assert.Equal(Core.Validation.UploadOutcome.Rejetee, result.Outcome);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("DUPLICATE_ROW", Severity.Error, "Rencontres", 4), (issue.Code, issue.Severity, issue.Sheet!, issue.Row!.Value));
        Assert.StartsWith("Rencontres, ligne 4 : cette ligne est identique à la ligne 2 (mêmes valeurs dans toutes les colonnes) : elle serait comptée deux fois.", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SameValuesWrittenDifferently_AreStillIdentical()
    {
        var result = Validate(s =>
        {
            CentreWorkbookFixture.RencontresHeader(s);
            s.Row(2, "AT-LIL-01", Cells.Date(2023, 3, 15), "Assemblée territoriale", 2, 3, "Oui")
             .Row(3, " AT-LIL-01 ", "15/03/2023", "assemblee territoriale", "2", 3, "oui");
        });

        Assert.Equal(("DUPLICATE_ROW", 3), (Assert.Single(result.Issues).Code, result.Issues[0].Row!.Value));
    }

    [Fact]
    public void SameEventWithOtherNumbers_IsNoError()
    {
        var result = Validate(s =>
        {
            CentreWorkbookFixture.RencontresHeader(s);
            s.Row(2, "AT-LIL-01", Cells.Date(2023, 3, 15), "Assemblée territoriale", 2, 0, "Oui")
             .Row(3, "AT-LIL-01", Cells.Date(2023, 3, 15), "Assemblée territoriale", 0, 3, "Oui");
        });

        Assert.Empty(result.Issues);
        Assert.Equal(2, result.Workbook!.Meetings.Count);
    }
}
