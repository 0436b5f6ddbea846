using FederationFunctions.Core.Tests.TestSupport;
using FederationFunctions.Core.Validation;
using static FederationFunctions.Core.Tests.TestSupport.SpecWorkbooks;

namespace FederationFunctions.Core.Tests.Validation;

// The Paramètres sheet: year and FOSFORA envelope.
public partial class ReferenceWorkbookValidatorTests
{
    [Fact]
    public void YearOtherThanTheFolder_IsAnError()
    {
        var result = Validate(new ReferenceWorkbookFixture(), expectedYear: 2024);

        var issue = Single(result, "YEAR_MISMATCH");
        Assert.Equal(("Paramètres", 2, "B", "Année"), (issue.Sheet, issue.Row, issue.Column, issue.Header));
        Assert.Contains("reference/2024", issue.Message);
        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
    }

    [Fact]
    public void YearOffline_IsNotComparedToAFolder() =>
        AssertAccepted(Validate(new ReferenceWorkbookFixture(), expectedYear: null));

    [Fact]
    public void EnvelopeAbsent_IsNull()
    {
        var result = Validate(new ReferenceWorkbookFixture { Parametres = s => s.Row(1, "Année", "2023") });
        AssertAccepted(result);
        Assert.Null(result.Workbook!.FosforaEnvelopeEur);
    }

    [Fact]
    public async Task Year_OtherThanTheFolder_IsAnError()
    {
        var result = await CheckReferenceAsync(Reference(), 2024);

        AssertSingle(result, Severity.Error, "Paramètres", 1, "B", "Année", "2023");
    }

    [Fact]
    public async Task ParametresSheetName_WithoutAccent_AndValueInColumnC_IsRead()
    {
        var package = Reference();
        package["Paramètres"].Name = "PARAMETRES";
        package["PARAMETRES"].Set(1, "B", null).Set(1, "C", "2023");

        SpecWorkbooks.AssertAccepted(await CheckReferenceAsync(package));
    }

    [Fact]
    public async Task Envelope_Missing_IsAccepted()
    {
        var package = Reference();
        package["Paramètres"].Rows[1] = null;

        var result = await CheckReferenceAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Null(result.Workbook!.FosforaEnvelopeEur);
    }

    [Fact]
    public async Task Envelope_Overrun_IsAccepted()
    {
        var package = Reference();
        package["Paramètres"].Set(2, "B", "10 000 €");

        var result = await CheckReferenceAsync(package);

        SpecWorkbooks.AssertAccepted(result);
        Assert.Equal(10000m, result.Workbook!.FosforaEnvelopeEur);
    }
}
