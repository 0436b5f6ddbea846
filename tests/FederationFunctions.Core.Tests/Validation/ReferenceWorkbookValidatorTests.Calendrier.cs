using FederationFunctions.Core.Model;
using FederationFunctions.Core.Tests.TestSupport;
using FederationFunctions.Core.Validation;
using static FederationFunctions.Core.Tests.TestSupport.SpecWorkbooks;

namespace FederationFunctions.Core.Tests.Validation;

// The Calendrier sheet: event codes, dates, territories and types.
public partial class ReferenceWorkbookValidatorTests
{
    [Fact]
    public void CalendarTerritoryUnknown_IsAnError_BlankIsFederationWide()
    {
        var fixture = new ReferenceWorkbookFixture
        {
            Calendrier = s =>
            {
                ReferenceWorkbookFixture.ValidCalendrier(s);
                s.Row(4, "AT-XYZ-01", "01/10/2023", "AT", "XYZ", null);
            },
        };

        var issue = Single(Validate(fixture), "UNKNOWN_TERRITORY");
        Assert.Equal(("Calendrier", 4, "D"), (issue.Sheet, issue.Row, issue.Column));
    }

    [Fact]
    public void CalendarDateOutsideTheYear_IsAnError()
    {
        var fixture = new ReferenceWorkbookFixture
        {
            Calendrier = s =>
            {
                ReferenceWorkbookFixture.CalendrierHeader(s);
                s.Row(2, "AG-2022", "2022-06-15", "AG", null, null);
            },
        };

        var issue = Single(Validate(fixture), "DATE_OUTSIDE_YEAR");
        Assert.Equal(("Calendrier", 2, "B"), (issue.Sheet, issue.Row, issue.Column));
    }

    [Fact]
    public void CalendarEventCodeTwice_IgnoringCase_IsAnError()
    {
        var fixture = new ReferenceWorkbookFixture
        {
            Calendrier = s =>
            {
                ReferenceWorkbookFixture.ValidCalendrier(s);
                s.Row(4, "congres-2023 ", "13/05/2023", "Congrès", null, null);
            },
        };

        Assert.Equal(4, Single(Validate(fixture), "DUPLICATE_CODE").Row);
    }

    [Fact]
    public async Task EventCode_Duplicate_IsAnError()
    {
        var package = Reference();
        package["Calendrier"].Row("AG-2023", "10/06/2023", "AG", null, null);

        var result = await CheckReferenceAsync(package);

        AssertSingle(result, Severity.Error, "Calendrier", 4, "A", "Code événement", "AG-2023");
    }

    [Fact]
    public async Task CalendarTerritory_Blank_IsFederationWide_Unknown_IsAnError()
    {
        var package = Reference();
        package["Calendrier"].Row("AT-XXX-01", "20/09/2023", "Assemblée territoriale", "XXX", null);

        var result = await CheckReferenceAsync(package);

        AssertSingle(result, Severity.Error, "Calendrier", 4, "D", "Code AT", "XXX");
    }

    [Fact]
    public async Task CalendarDate_OutsideTheYear_IsAnError()
    {
        var package = Reference();
        package["Calendrier"].Set(3, "B", "10/06/2022");

        var result = await CheckReferenceAsync(package);

        AssertSingle(result, Severity.Error, "Calendrier", 3, "B", "Date", "10/06/2022");
    }

    [Theory]
    [InlineData("CODIR", EventType.DIRECTIONS)]
    [InlineData("Congrès", EventType.CONGRES)]
    [InlineData("Autre", EventType.AUTRE)]
    public async Task CalendarType_UsesTheCentreEventTypes(string text, EventType expected)
    {
        var package = Reference();
        package["Calendrier"].Set(3, "C", text);

        var result = await CheckReferenceAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Equal(expected, result.Workbook!.Calendar[1].Type);
    }
}
