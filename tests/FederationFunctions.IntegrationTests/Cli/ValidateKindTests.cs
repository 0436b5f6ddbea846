using ClosedXML.Excel;
using FederationFunctions.Core.Validation;
using FederationFunctions.IntegrationTests.Infrastructure;
using FederationFunctions.Samples;

namespace FederationFunctions.IntegrationTests.Cli;

/// <summary>
/// <c>federation validate</c> on either kind of workbook: the federation's reference is recognised by its sheets and checked
/// as a reference (<c>--kind</c> forces the kind); an ambiguous workbook, or one of neither kind, is said so in French.
/// </summary>
public sealed class ValidateKindTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "federation-kind-" + Guid.NewGuid().ToString("N"));
    private readonly SampleYear _sample = SampleYearGenerator.Generate(new SampleYearOptions(2025, 20, 11));

    public Task InitializeAsync() => SampleYearGenerator.WriteAsync(_sample, _directory, CancellationToken.None);

    public Task DisposeAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    private string Reference => Path.Combine(_directory, _sample.Files.Single(f => f.Container == "reference").LocalPath);

    private string AcceptedCentre => Path.Combine(_directory, _sample.Files.First(f => f.ExpectedOutcome == UploadOutcome.Acceptee && f.Container == "uploads").LocalPath);

    [Fact]
    public async Task Validate_ReferenceWorkbook_IsRecognisedAndCheckedAsTheReference()
    {
        var test = new CliTestContext("UseDevelopmentStorage=true");

        var exit = await test.RunAsync("validate", Reference);

        var output = test.Out.ToString();
        Assert.True(exit == 0, output + test.Error);
        Assert.Contains("referentiel-2025.xlsx : reconnu comme le référentiel fédéral", output, StringComparison.Ordinal);
        Assert.Contains("referentiel-2025.xlsx : Acceptée (0 erreur, 0 avertissement)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("« Structure »", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_AcceptedReference_SaysWhatItHolds()
    {
        var test = new CliTestContext("UseDevelopmentStorage=true");

        Assert.Equal(0, await test.RunAsync("validate", Reference));

        var members = _sample.Reference.Structures.Count(s => s.IsMember);
        Assert.Contains(
            $"Référentiel {_sample.Reference.Year} : {_sample.Reference.Territories.Count} territoires, {_sample.Reference.Structures.Count} structures dont {members} adhérentes, {_sample.Reference.Calendar.Count} événements, {_sample.Reference.Catalogue.Count} actions au catalogue.",
            test.Out.ToString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateKindReference_ReferenceWorkbook_IsAcceptedWithoutTheDetectionLine()
    {
        var test = new CliTestContext("UseDevelopmentStorage=true");

        var exit = await test.RunAsync("validate", "--kind", "reference", Reference);

        Assert.Equal(0, exit);
        Assert.Contains("referentiel-2025.xlsx : Acceptée", test.Out.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("reconnu comme", test.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateKindCentre_ReferenceWorkbook_IsCheckedAsACentreWorkbookAndRejected()
    {
        var test = new CliTestContext("UseDevelopmentStorage=true");

        var exit = await test.RunAsync("validate", "--kind", "centre", Reference);

        Assert.Equal(1, exit);
        Assert.Contains("La feuille obligatoire « Structure » est absente", test.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateKindReference_CentreWorkbook_IsRejectedForTheReferenceSheets()
    {
        var test = new CliTestContext("UseDevelopmentStorage=true");

        var exit = await test.RunAsync("validate", "--kind", "reference", AcceptedCentre);

        Assert.Equal(1, exit);
        Assert.Contains("La feuille obligatoire « Structures » est absente", test.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ReferenceWithAnError_IsRecognisedRejectedAndLocated()
    {
        var test = new CliTestContext("UseDevelopmentStorage=true");
        var path = Path.Combine(_directory, "referentiel-errone.xlsx");
        using (var workbook = new XLWorkbook(Reference))
        {
            var territories = workbook.Worksheet("Territoires");
            var row = territories.LastRowUsed()!.RowNumber();
            territories.Cell(row, 3).Value = "75";
            workbook.SaveAs(path);
        }

        var exit = await test.RunAsync("validate", path);

        var output = test.Out.ToString();
        Assert.Equal(1, exit);
        Assert.Contains("referentiel-errone.xlsx : reconnu comme le référentiel fédéral", output, StringComparison.Ordinal);
        Assert.Contains("referentiel-errone.xlsx : Rejetée", output, StringComparison.Ordinal);
        Assert.Contains("Territoires!C", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_CentreAndReferenceTogether_EachIsCheckedAsItsKind()
    {
        var test = new CliTestContext("UseDevelopmentStorage=true");

        var exit = await test.RunAsync("validate", AcceptedCentre, Reference);

        var output = test.Out.ToString();
        Assert.True(exit == 0, output + test.Error);
        Assert.Contains("Bilan : 2 fichiers, 2 acceptés", output, StringComparison.Ordinal);
        Assert.Single(output.Split('\n'), l => l.Contains("reconnu comme", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_CentreWorkbookWithACalendrierSheet_IsStillACentreWorkbook()
    {
        var test = new CliTestContext("UseDevelopmentStorage=true");
        var path = Path.Combine(_directory, "remontee-avec-calendrier.xlsx");
        using (var workbook = new XLWorkbook(AcceptedCentre))
        {
            var calendar = workbook.AddWorksheet("Calendrier");
            calendar.Cell(1, 1).Value = "Code événement";
            workbook.SaveAs(path);
        }

        var exit = await test.RunAsync("validate", path);

        Assert.True(exit == 0, test.Out.ToString() + test.Error);
        Assert.Contains("remontee-avec-calendrier.xlsx : Acceptée", test.Out.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("reconnu comme", test.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_TemplateTheProductWrites_IsCheckedAsACentreWorkbook()
    {
        var test = new CliTestContext("UseDevelopmentStorage=true");
        var member = _sample.Reference.Structures.First(s => s.IsMember).Code;
        var template = Path.Combine(_directory, "modele.xlsx");
        Assert.Equal(0, await test.RunAsync("template", "--year", "2025", "--structure", member, "--reference", Reference, "--out", template));

        var exit = await test.RunAsync("validate", template);

        // Blank, the template lacks its staff figures: rejected as a centre workbook (its Calendrier sheet decides nothing).
        var output = test.Out.ToString();
        Assert.Equal(1, exit);
        Assert.Contains("modele.xlsx : Rejetée", output, StringComparison.Ordinal);
        Assert.Contains("Structure!B", output, StringComparison.Ordinal);
        Assert.DoesNotContain("référentiel fédéral", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_WorkbookWithSheetsOfBothKinds_IsAmbiguousAndAsksForKind()
    {
        var test = new CliTestContext("UseDevelopmentStorage=true");
        var path = Path.Combine(_directory, "melange.xlsx");
        using (var workbook = new XLWorkbook(new MemoryStream(new CentreWorkbookFileBuilder { Year = 2025 }.Build())))
        {
            workbook.AddWorksheet("Territoires");
            workbook.AddWorksheet("Structures");
            workbook.SaveAs(path);
        }

        var exit = await test.RunAsync("validate", path);

        var output = test.Out.ToString();
        Assert.Equal(1, exit);
        Assert.Contains("melange.xlsx : impossible de savoir s'il s'agit d'un classeur de centre ou du référentiel fédéral", output, StringComparison.Ordinal);
        Assert.Contains("(« Structure », « Rencontres »)", output, StringComparison.Ordinal);
        Assert.Contains("(« Territoires », « Structures »)", output, StringComparison.Ordinal);
        Assert.Contains("--kind centre", output, StringComparison.Ordinal);
        Assert.Contains("--kind reference", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_WorkbookOfNeitherKind_SaysWhichSheetsEachKindHas()
    {
        var test = new CliTestContext("UseDevelopmentStorage=true");
        var path = Path.Combine(_directory, "budget.xlsx");
        using (var workbook = new XLWorkbook())
        {
            workbook.AddWorksheet("Feuil1").Cell(1, 1).Value = "Budget";
            workbook.SaveAs(path);
        }

        var exit = await test.RunAsync("validate", path);

        var output = test.Out.ToString();
        Assert.Equal(1, exit);
        Assert.Contains("budget.xlsx : ni un classeur de centre ni le référentiel fédéral", output, StringComparison.Ordinal);
        Assert.Contains("« Feuil1 »", output, StringComparison.Ordinal);
        Assert.Contains("« Paramètres », « Territoires », « Structures », « Calendrier », « Catalogue »", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_FileThatIsNotAWorkbook_IsRejectedWithTheReadersMessage()
    {
        var test = new CliTestContext("UseDevelopmentStorage=true");
        var path = Path.Combine(_directory, "notes.xlsx");
        await File.WriteAllTextAsync(path, "pas un classeur");

        var exit = await test.RunAsync("validate", path);

        Assert.Equal(1, exit);
        Assert.Contains("notes.xlsx : Rejetée (1 erreur", test.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateKindReference_WithReferenceOption_IsAUsageError()
    {
        var test = new CliTestContext("UseDevelopmentStorage=true");

        var exit = await test.RunAsync("validate", "--kind", "reference", Reference, "--reference", Reference);

        Assert.Equal(2, exit);
        Assert.Contains("Erreur d'utilisation : --reference", test.Error.ToString(), StringComparison.Ordinal);
        Assert.Empty(test.Out.ToString());
    }

    [Fact]
    public async Task ValidateKind_UnknownKind_IsAUsageError()
    {
        var test = new CliTestContext("UseDevelopmentStorage=true");

        var exit = await test.RunAsync("validate", "--kind", "tableur", Reference);

        Assert.Equal(2, exit);
        Assert.Contains("Erreur d'utilisation", test.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains("tableur", test.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateWithReference_ReferenceAmongTheFiles_IsCheckedAsAReference()
    {
        var test = new CliTestContext("UseDevelopmentStorage=true");

        var exit = await test.RunAsync("validate", AcceptedCentre, Reference, "--reference", Reference);

        Assert.True(exit == 0, test.Out.ToString() + test.Error);
        Assert.Contains("referentiel-2025.xlsx : reconnu comme le référentiel fédéral", test.Out.ToString(), StringComparison.Ordinal);
    }
}
