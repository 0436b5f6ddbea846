using FederationFunctions.Samples;
using FederationFunctions.Core.Validation;

namespace FederationFunctions.IntegrationTests.Cli;

/// <summary>The offline commands (no storage): exit codes and French output.</summary>
public sealed class CommandLineTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "federation-cli-" + Guid.NewGuid().ToString("N"));
    private readonly SampleYear _sample = SampleYearGenerator.Generate(new SampleYearOptions(2025, 20, 9));

    public Task InitializeAsync() => SampleYearGenerator.WriteAsync(_sample, _directory, CancellationToken.None);

    public Task DisposeAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    private string PathOf(SampleFile file) => Path.Combine(_directory, file.LocalPath);

    private string Reference => PathOf(_sample.Files[0]);

    [Fact]
    public async Task Validate_AcceptedFiles_ExitsZeroAndSaysAcceptee()
    {
        var test = new CliTestContext("UseDevelopmentStorage=true");
        var files = _sample.Files.Where(f => f.ExpectedOutcome == UploadOutcome.Acceptee && f.Container == "uploads").Take(3).Select(PathOf).ToArray();

        var exit = await test.RunAsync(["validate", .. files]);

        Assert.Equal(0, exit);
        Assert.Equal(3, test.Out.ToString().Split('\n').Count(l => l.Contains(" : Acceptée (0 erreur, 0 avertissement)", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Validate_OneRejectedFileAmongAccepted_ExitsOneAndPrintsTheErrorWithItsLocation()
    {
        var test = new CliTestContext("UseDevelopmentStorage=true");
        var rejected = _sample.Files.First(f => f.Description.Contains("douze", StringComparison.Ordinal));
        var accepted = _sample.Files.First(f => f.ExpectedOutcome == UploadOutcome.Acceptee && f.Container == "uploads");

        var exit = await test.RunAsync("validate", PathOf(accepted), PathOf(rejected));

        Assert.Equal(1, exit);
        var output = test.Out.ToString();
        Assert.Contains("Rejetée (1 erreur", output, StringComparison.Ordinal);
        Assert.Contains("ERREUR", output, StringComparison.Ordinal);
        Assert.Contains("« douze » n'est pas un nombre entier", output, StringComparison.Ordinal);
        Assert.Contains("Bilan : 2 fichiers, 1 acceptés, 0 acceptés avec avertissements, 1 rejetés.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateWithReference_UnknownStructure_IsAcceptedWithInformation()
    {
        var test = new CliTestContext("UseDevelopmentStorage=true");
        var unknown = _sample.Files.Single(f => f.StructureCode == SampleYearGenerator.UnknownStructureCode);

        var exit = await test.RunAsync("validate", PathOf(unknown), "--reference", Reference);

        Assert.Equal(0, exit);
        Assert.Contains(" : Acceptée (0 erreur, 0 avertissement, ", test.Out.ToString(), StringComparison.Ordinal);
        Assert.Contains("INFORMATION", test.Out.ToString(), StringComparison.Ordinal);
        Assert.Contains(SampleYearGenerator.UnknownStructureCode, test.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MissingFile_IsAUsageError()
    {
        var test = new CliTestContext("UseDevelopmentStorage=true");

        Assert.Equal(2, await test.RunAsync("validate", Path.Combine(_directory, "absent.xlsx")));
        Assert.Contains("n'existe pas", test.Error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("consolidate")]
    [InlineData("consolidate", "--year", "deux-mille")]
    [InlineData("consolidate", "--year", "1999")]
    [InlineData("sample", "--year", "2025")]
    [InlineData("host", "--interval", "0")]
    [InlineData("frobnicate")]
    public async Task BadUsage_ExitsTwoWithAFrenchHint(params string[] args)
    {
        var test = new CliTestContext("UseDevelopmentStorage=true");

        Assert.Equal(2, await test.RunAsync(args));
        Assert.Contains("Erreur d'utilisation", test.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_InvalidSchedule_IsAUsageErrorNamingTheField()
    {
        var test = new CliTestContext("UseDevelopmentStorage=true");

        Assert.Equal(2, await test.RunAsync("host", "--schedule", "0 0 25 * * *"));
        Assert.Contains("heure", test.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Template_ForOneStructure_WritesAWorkbookThatNamesIt()
    {
        var test = new CliTestContext("UseDevelopmentStorage=true");
        var member = _sample.Reference.Structures.First(s => s.IsMember);
        var output = Path.Combine(_directory, "modele.xlsx");

        var exit = await test.RunAsync("template", "--year", "2025", "--structure", member.Code.ToLowerInvariant(), "--reference", Reference, "--out", output);

        Assert.Equal(0, exit);
        using var book = new ClosedXML.Excel.XLWorkbook(output);
        Assert.Equal(member.Code, book.Worksheet("Structure").Cell("B1").GetString());
    }

    [Fact]
    public async Task Template_All_WritesOneWorkbookPerMember()
    {
        var test = new CliTestContext("UseDevelopmentStorage=true");
        var folder = Path.Combine(_directory, "modeles");

        Assert.Equal(0, await test.RunAsync("template", "--year", "2025", "--all", "--reference", Reference, "--out", folder));
        Assert.Equal(_sample.Reference.Structures.Count(s => s.IsMember), Directory.GetFiles(folder, "*.xlsx").Length);
    }

    [Fact]
    public async Task Template_StructureAbsentFromTheReference_IsAUsageError()
    {
        var test = new CliTestContext("UseDevelopmentStorage=true");

        Assert.Equal(2, await test.RunAsync("template", "--year", "2025", "--structure", "62-XYZ-999", "--reference", Reference));
    }

    [Fact]
    public async Task Upload_FileWithoutReadableCodeAndNoStructureOption_IsAUsageErrorBeforeAnythingIsSent()
    {
        var test = new CliTestContext("UseDevelopmentStorage=true");
        var notAWorkbook = Path.Combine(_directory, "notes.txt");
        await File.WriteAllTextAsync(notAWorkbook, "pas un classeur");

        Assert.Equal(2, await test.RunAsync("upload", notAWorkbook));
        Assert.Contains("--structure", test.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadPlan_FolderOfWorkbooks_SendsEachToTheCodeReadFromItsStructureSheet()
    {
        var accepted = _sample.Files.Where(f => f.Container == "uploads" && f.ExpectedOutcome.IsAccepted()).ToList();

        var plan = await FederationFunctions.Cli.Commands.UploadCommand.PlanAsync(
            [new DirectoryInfo(Path.Combine(_directory, "uploads"))], null, false, null, null, null, CancellationToken.None);

        foreach (var file in accepted)
        {
            var planned = Assert.Single(plan, p => p.LocalPath == PathOf(file));
            Assert.Equal("uploads", planned.Container);
            Assert.Equal(file.BlobName, planned.BlobName);
        }
    }

    [Fact]
    public async Task UploadPlan_Reference_GoesToItsYearFolder()
    {
        var plan = await FederationFunctions.Cli.Commands.UploadCommand.PlanAsync(
            [new FileInfo(Reference)], null, true, 2025, null, null, CancellationToken.None);

        var planned = Assert.Single(plan);
        Assert.Equal(("reference", "2025/referentiel-2025.xlsx"), (planned.Container, planned.BlobName));
    }

    [Fact]
    public async Task Ingest_InvalidContainerSetting_IsOneFrenchErrorLine()
    {
        var test = new CliTestContext("UseDevelopmentStorage=true", new Dictionary<string, string?> { ["Federation:Storage:UploadsContainer"] = "Pas_Valide" });

        var exit = await test.RunAsync("ingest");

        Assert.Equal(1, exit);
        var error = test.Error.ToString().Trim();
        Assert.StartsWith("Erreur : paramètre invalide", error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", error, StringComparison.Ordinal);
    }
}
