using ClosedXML.Excel;
using FederationFunctions.Core.Templates;
using FederationFunctions.Samples;

namespace FederationFunctions.IntegrationTests.Cli;

/// <summary><c>federation template</c>: where the file goes, and what it says when the reference is not the year's.</summary>
public sealed class TemplateCommandTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "federation-template-" + Guid.NewGuid().ToString("N"));
    private readonly SampleYear _sample = SampleYearGenerator.Generate(new SampleYearOptions(2025, 20, 9));

    public Task InitializeAsync() => SampleYearGenerator.WriteAsync(_sample, _directory, CancellationToken.None);

    public Task DisposeAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    private string Reference => Path.Combine(_directory, _sample.Files[0].LocalPath);

    private string Member => _sample.Reference.Structures.First(s => s.IsMember).Code;

    [Fact]
    public async Task OutExistingFolder_WritesTheUsualFileNameInsideIt()
    {
        var test = new CliTestContext("UseDevelopmentStorage=true");
        var folder = Directory.CreateDirectory(Path.Combine(_directory, "modeles")).FullName;

        var exit = await test.RunAsync("template", "--year", "2025", "--structure", Member, "--reference", Reference, "--out", folder);

        Assert.Equal(0, exit);
        var written = Path.Combine(folder, CentreTemplateWriter.FileName(2025, Member));
        Assert.True(File.Exists(written), test.Out.ToString() + test.Error);
        Assert.Contains(written, test.Out.ToString(), StringComparison.Ordinal);
        using var book = new XLWorkbook(written);
        Assert.Equal(Member, book.Worksheet("Structure").Cell("B1").GetString());
    }

    [Fact]
    public async Task OutFilePathInAnExistingFolder_WritesThatFile()
    {
        var test = new CliTestContext("UseDevelopmentStorage=true");
        var file = Path.Combine(_directory, "mon-modele.xlsx");

        Assert.Equal(0, await test.RunAsync("template", "--year", "2025", "--structure", Member, "--reference", Reference, "--out", file));
        Assert.True(File.Exists(file));
    }

    [Fact]
    public async Task OutInAMissingFolder_IsAFrenchUsageErrorAndCreatesNothing()
    {
        var test = new CliTestContext("UseDevelopmentStorage=true");
        var missing = Path.Combine(_directory, "absent");

        var exit = await test.RunAsync("template", "--year", "2025", "--structure", Member, "--reference", Reference, "--out", Path.Combine(missing, "modele.xlsx"));

        Assert.Equal(2, exit);
        Assert.Contains($"le dossier « {missing} » n'existe pas", test.Error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public async Task AllWithOutInAMissingParentFolder_IsAFrenchUsageErrorAndCreatesNothing()
    {
        var test = new CliTestContext("UseDevelopmentStorage=true");
        var missing = Path.Combine(_directory, "absent");

        var exit = await test.RunAsync("template", "--year", "2025", "--all", "--reference", Reference, "--out", Path.Combine(missing, "modeles"));

        Assert.Equal(2, exit);
        Assert.Contains($"le dossier « {missing} » n'existe pas", test.Error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public async Task YearOtherThanTheReferences_SaysWhichYearTheReferenceIsNotTheUploadFolder()
    {
        var test = new CliTestContext("UseDevelopmentStorage=true");
        var folder = Directory.CreateDirectory(Path.Combine(_directory, "modeles-2026")).FullName;

        var exit = await test.RunAsync("template", "--year", "2026", "--structure", Member, "--reference", Reference, "--out", folder);

        Assert.Equal(1, exit);
        var error = test.Error.ToString();
        Assert.Contains("le référentiel est celui de 2025", error, StringComparison.Ordinal);
        Assert.Contains(CentreTemplateMessages.ReferenceOfAnotherYear(2026, 2025), error, StringComparison.Ordinal);
        Assert.DoesNotContain("dossier de dépôt", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder));
    }

    /// <summary>The template's extra sheets (Lisez-moi, Calendrier, Listes) do not make <c>validate</c> take it for something else.</summary>
    [Fact]
    public async Task Validate_FilledTemplate_IsAcceptedAsACentreWorkbook()
    {
        var test = new CliTestContext("UseDevelopmentStorage=true");
        var file = Path.Combine(_directory, CentreTemplateWriter.FileName(2025, Member));
        Assert.Equal(0, await test.RunAsync("template", "--year", "2025", "--structure", Member, "--reference", Reference, "--out", _directory));
        using (var book = new XLWorkbook(file))
        {
            var structure = book.Worksheet("Structure");
            structure.Cell("B4").SetValue(12);
            structure.Cell("B5").SetValue(9.5);
            structure.Cell("B6").SetValue(40);
            structure.Cell("B7").SetValue(11);
            book.Save();
        }

        var exit = await test.RunAsync("validate", file, "--reference", Reference);

        Assert.True(exit == 0, test.Out.ToString() + test.Error);
        Assert.Contains("Acceptée (0 erreur, 0 avertissement)", test.Out.ToString(), StringComparison.Ordinal);
    }
}
