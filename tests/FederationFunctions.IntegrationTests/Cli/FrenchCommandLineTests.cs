using System.Text.RegularExpressions;
using FederationFunctions.Cli.Commands;
using FederationFunctions.Core.Ingestion;
using FederationFunctions.Core.Validation;

namespace FederationFunctions.IntegrationTests.Cli;

/// <summary>Everything the command line says is French: every command's help, the common mistakes, the counts of ingest.</summary>
public sealed partial class FrenchCommandLineTests
{
    public static TheoryData<string[]> Helps() =>
    [
        ["--help"],
        ["validate", "--help"],
        ["upload", "--help"],
        ["ingest", "--help"],
        ["consolidate", "--help"],
        ["status", "--help"],
        ["feedback", "--help"],
        ["sample", "--help"],
        ["template", "--help"],
        ["host", "--help"],
    ];

    public static TheoryData<string[]> Mistakes() =>
    [
        [],
        ["bogus"],
        ["status", "--year", "2025x"],
        ["consolidate"],
        ["validate"],
        ["validate", "remontee.xlsx", "--referense", "referentiel.xlsx"],
        ["validate", "referentiel.xlsx", "--kind", "reference", "--reference", "referentiel.xlsx"],
        ["validate", "remontee.xlsx", "--kind", "tableur"],
        ["status", "--year", "2025", "--rejetees"],
        ["template", "--year", "2025", "--structure", "59-LIL-001", "--reference", "absent.xlsx"],
        ["sample", "--year", "1999", "--out", "x"],
        ["ingest", "--connection", "pas une chaîne de connexion"],
        ["status", "--year", "2025", "--connection", "pas une chaîne de connexion"],
    ];

    [Theory]
    [MemberData(nameof(Helps))]
    public async Task Help_IsFrench(string[] args)
    {
        var test = new CliTestContext("UseDevelopmentStorage=true");

        Assert.Equal(0, await test.RunAsync(args));

        var output = test.Out.ToString();
        Assert.Matches(@"Utilisation\s:", output);
        Assert.Contains("Description :", output, StringComparison.Ordinal);
        AssertNoEnglish(output + test.Error);
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task CommonMistake_IsExplainedInFrench(string[] args)
    {
        var test = new CliTestContext("UseDevelopmentStorage=true");

        var exit = await test.RunAsync(args);

        Assert.NotEqual(0, exit);
        Assert.NotEmpty(test.Error.ToString());
        AssertNoEnglish(test.Out.ToString() + test.Error);
    }

    [Fact]
    public async Task MistypedOption_IsAUsageErrorNamingTheClosestOption()
    {
        var test = new CliTestContext("UseDevelopmentStorage=true");

        var exit = await test.RunAsync("validate", "remontee.xlsx", "--referense", "referentiel.xlsx");

        Assert.Equal(2, exit);
        Assert.Contains("l'option « --referense » n'existe pas pour la commande « validate ». Vouliez-vous dire --reference ?", test.Error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("n'existe pas.", test.Error.ToString().Replace("n'existe pas pour", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingRequiredOption_IsSaidInFrench()
    {
        var test = new CliTestContext("UseDevelopmentStorage=true");

        Assert.Equal(2, await test.RunAsync("consolidate"));
        Assert.Contains("Erreur d'utilisation : l'option --year est obligatoire.", test.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task YearThatIsNotANumber_SaysSoWithoutTypeNames()
    {
        var test = new CliTestContext("UseDevelopmentStorage=true");

        Assert.Equal(2, await test.RunAsync("status", "--year", "2025x"));
        Assert.Contains("la valeur « 2025x » de l'option --year n'est pas un nombre entier. Écrivez par exemple --year 2025.", test.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void IngestCounts_OneWordingOneNumber()
    {
        var sweep = new ReconciliationSummary(134, 0, new Dictionary<UploadOutcome, int> { [UploadOutcome.Acceptee] = 133, [UploadOutcome.Rejetee] = 1 }, [], 0, TimeSpan.FromSeconds(2.5));

        var ingestLine = IngestCommand.Describe(sweep, withOutcomes: false);
        var hostLine = IngestCommand.Describe(sweep);

        Assert.Equal("Balayage : 134 fichier(s) listé(s), 0 déjà traité(s), 134 intégré(s) maintenant en 2,5 s.", ingestLine);
        Assert.DoesNotContain("accept", ingestLine, StringComparison.Ordinal);
        Assert.Contains("acceptés : 133, acceptés avec avertissements : 0, rejetés : 1", hostLine, StringComparison.Ordinal);
        Assert.DoesNotContain("acceptée(s)", hostLine, StringComparison.Ordinal);
    }

    /// <summary>No English word outside option names (<c>--help</c>) and quoted values.</summary>
    private static void AssertNoEnglish(string text)
    {
        var prose = OptionOrQuoted().Replace(text, " ");
        var english = EnglishWord().Matches(prose).Select(m => m.Value).Distinct().ToList();
        Assert.True(english.Count == 0, "English words: " + string.Join(", ", english) + "\n" + text);
    }

    [GeneratedRegex(@"(--?[\w-]+|«[^»]*»|'[^']*'|\S*[/\\]\S*)")]
    private static partial Regex OptionOrQuoted();

    [GeneratedRegex(@"\b(show|help|usage|required|unrecognized|cannot|parse|expected|denied|access|settings|must|the|was|provided|command|not|found|invalid|error|file|directory|path|value|with|type 'System|System\.\w+|REQUIRED)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWord();
}
