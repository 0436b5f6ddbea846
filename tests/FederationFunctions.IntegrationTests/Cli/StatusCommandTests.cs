using System.Text.RegularExpressions;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Validation;
using FederationFunctions.IntegrationTests.Infrastructure;
using FederationFunctions.Samples;

namespace FederationFunctions.IntegrationTests.Cli;

/// <summary>
/// <c>federation status</c> on Azurite, on uploads ingested at known times: the rejected-after-accepted wording, the
/// <c>--missing</c> and <c>--rejected</c> filters, the order (department, territory, code), Paris time in summer and
/// winter, and full names when the output is not a terminal (the test's output is a <see cref="StringWriter"/>).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class StatusCommandTests(AzuriteFixture azurite)
{
    private const string LongName = "Centre social et culturel intercommunal des Hauts de la Deûle et de la Marque";
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>Deliberately not in the order status prints: the order must come from department, territory and code.</summary>
    private static readonly ReferenceWorkbook Reference = TestWorkbooks.Reference(2025) with
    {
        Territories =
        [
            new Territory("LIL", "Lille", Department.Nord),
            new Territory("ART", "Artois", Department.PasDeCalais),
            new Territory("DOU", "Douaisis", Department.Nord),
            new Territory("BOU", "Boulonnais", Department.PasDeCalais),
        ],
        Structures =
        [
            Member("62-ART-002", "Centre social de l'Artois", Department.PasDeCalais, "ART"),
            Member("59-LIL-010", LongName, Department.Nord, "LIL"),
            Member("59-DOU-001", "Centre social du Douaisis", Department.Nord, "DOU"),
            Member("59-BOU-001", "Espace de vie sociale du Boulonnais", Department.PasDeCalais, "BOU"),
            Member("59-AAA-001", "Maison de quartier des Bois-Blancs", Department.Nord, "LIL"),
            Member("59-LIL-002", "Centre social Lazare-Garreau", Department.Nord, "LIL"),
            Member("62-ART-001", "Centre social d'Arras", Department.PasDeCalais, "ART"),
            Member("59-LIL-003", "Centre social non adhérent", Department.Nord, "LIL") with { IsMember = false },
        ],
    };

    private static readonly string[] SortedMembers = ["59-DOU-001", "59-AAA-001", "59-LIL-002", "59-LIL-010", "62-ART-001", "62-ART-002", "59-BOU-001"];

    private static MemberStructure Member(string code, string name, Department department, string territory) =>
        new(code, name, "Commune", department, territory, StructureType.CS, Management.Associatif, true);

    [Fact]
    public async Task Status_LatestUploadRejectedAfterAnAcceptedOne_SaysRejectedAndThatTheAcceptedVersionStillCounts()
    {
        var (test, harness) = await CollectionAsync();
        await using var _ = harness;

        var exit = await test.RunAsync("status", "--year", "2025");

        Assert.True(exit == 0, test.Out.ToString() + test.Error);
        var line = LineOf(test.Out.ToString(), "59-LIL-002");
        Assert.Contains("Rejetée (la version acceptée du 12/03/2025 compte toujours)", line, StringComparison.Ordinal);
        // The upload the line is about is the rejected one: its time (Paris, summer: UTC+2), its file, its error.
        Assert.Contains("01/07/2025 14:00", line, StringComparison.Ordinal);
        Assert.Contains("correction.xlsx", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_Times_AreParisTimeInSummerAndWinter()
    {
        var (test, harness) = await CollectionAsync();
        await using var _ = harness;

        Assert.Equal(0, await test.RunAsync("status", "--year", "2025"));

        var output = test.Out.ToString();
        Assert.Contains("heure de Paris", output, StringComparison.Ordinal);
        // 20/11/2025 08:00 UTC is 09:00 in Paris (winter, UTC+1); 15/01/2026 23:30 UTC is already the 16th in Paris.
        Assert.Contains("20/11/2025 09:00", LineOf(output, "62-ART-001"), StringComparison.Ordinal);
        Assert.Contains("16/01/2026 00:30", LineOf(output, "59-LIL-010"), StringComparison.Ordinal);
        Assert.Contains("01/07/2025 14:00", LineOf(output, "59-LIL-002"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_Rows_AreSortedByDepartmentThenTerritoryThenCode()
    {
        var (test, harness) = await CollectionAsync();
        await using var _ = harness;

        Assert.Equal(0, await test.RunAsync("status", "--year", "2025"));

        Assert.Equal(SortedMembers, StructureCodes(test.Out.ToString()));
    }

    [Fact]
    public async Task Status_RedirectedOutput_PrintsFullNames()
    {
        var (test, harness) = await CollectionAsync();
        await using var _ = harness;

        Assert.Equal(0, await test.RunAsync("status", "--year", "2025"));

        Assert.Contains(LongName, LineOf(test.Out.ToString(), "59-LIL-010"), StringComparison.Ordinal);
        Assert.DoesNotContain("…", test.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusMissing_ListsOnlyStructuresThatSentNothing()
    {
        var (test, harness) = await CollectionAsync();
        await using var _ = harness;

        Assert.Equal(0, await test.RunAsync("status", "--year", "2025", "--missing"));

        Assert.Equal(["59-DOU-001", "59-AAA-001", "62-ART-002", "59-BOU-001"], StructureCodes(test.Out.ToString()));
        Assert.Contains("manquantes : 4 sur 7", test.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusRejected_ListsRejectedStructuresIncludingThoseWhoseAcceptedVersionStillCounts()
    {
        var (test, harness) = await CollectionAsync();
        await using var _ = harness;

        Assert.Equal(0, await test.RunAsync("status", "--year", "2025", "--rejected"));

        var output = test.Out.ToString();
        Assert.Equal(["59-LIL-002", "62-ART-001"], StructureCodes(output));
        Assert.Equal("Rejetée", StatusCell(LineOf(output, "62-ART-001")));
    }

    [Fact]
    public async Task StatusMissingAndRejected_ListsBoth()
    {
        var (test, harness) = await CollectionAsync();
        await using var _ = harness;

        Assert.Equal(0, await test.RunAsync("status", "--year", "2025", "--missing", "--rejected"));

        Assert.Equal(["59-DOU-001", "59-AAA-001", "59-LIL-002", "62-ART-001", "62-ART-002", "59-BOU-001"], StructureCodes(test.Out.ToString()));
    }

    [Fact]
    public async Task Status_TerritoryCounts_StillCountTheAcceptedVersion()
    {
        var (test, harness) = await CollectionAsync();
        await using var _ = harness;

        Assert.Equal(0, await test.RunAsync("status", "--year", "2025", "--rejected"));

        // LIL: 3 expected (59-AAA-001, 59-LIL-002, 59-LIL-010), 2 received (the accepted version of 59-LIL-002 counts), 0 rejected, 1 missing.
        Assert.Matches(@"\n\s*LIL\s+Lille\s+3\s+2\s+0\s+1\s", test.Out.ToString());
    }

    /// <summary>The reference, then: 59-LIL-002 accepted in March and a rejected correction in July; 62-ART-001 rejected only; 59-LIL-010 accepted in January of the next year.</summary>
    private async Task<(CliTestContext Test, IngestionHarness Harness)> CollectionAsync()
    {
        var harness = await IngestionHarness.CreateAsync(azurite, realChecker: true);
        var options = harness.Storage.Options;
        var test = new CliTestContext(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["Federation:Storage:UploadsContainer"] = options.UploadsContainer,
            ["Federation:Storage:ReferenceContainer"] = options.ReferenceContainer,
            ["Federation:Storage:FeedbackContainer"] = options.FeedbackContainer,
            ["Federation:Storage:ReportsContainer"] = options.ReportsContainer,
            ["Federation:Storage:TablePrefix"] = options.TablePrefix,
        });

        await IngestAsync(harness, await harness.UploadReferenceAsync("2025/referentiel-2025.xlsx", SampleReferenceWorkbookWriter.Write(Reference), At("2025-01-10T09:00")), UploadOutcome.Acceptee);
        await IngestAsync(harness, await harness.UploadCentreAsync("59-LIL-002/activite-2025.xlsx", Centre("59-LIL-002", 2), At("2025-03-12T09:30")), UploadOutcome.Acceptee);
        await IngestAsync(harness, await harness.UploadCentreAsync("59-LIL-002/correction.xlsx", Centre("59-LIL-002", "douze"), At("2025-07-01T12:00")), UploadOutcome.Rejetee);
        await IngestAsync(harness, await harness.UploadCentreAsync("62-ART-001/activite.xlsx", Centre("62-ART-001", "douze"), At("2025-11-20T08:00")), UploadOutcome.Rejetee);
        await IngestAsync(harness, await harness.UploadCentreAsync("59-LIL-010/activite-2025.xlsx", Centre("59-LIL-010", 3), At("2026-01-15T23:30")), UploadOutcome.Acceptee);
        return (test, harness);
    }

    private static async Task IngestAsync(IngestionHarness harness, Core.Ingestion.BlobUpload upload, UploadOutcome expected)
    {
        var result = await harness.Ingestion.IngestAsync(upload, None);
        Assert.Equal(expected, result.Entry.Outcome);
    }

    private static byte[] Centre(string code, object staff) =>
        new CentreWorkbookFileBuilder { StructureCode = code, Year = 2025 }.Meeting(new DateTime(2025, 3, 1), "Assemblée territoriale", staff, 3).Build();

    private static DateTimeOffset At(string utc) =>
        DateTimeOffset.ParseExact(utc, "yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);

    /// <summary>The structure codes of the structures table, in printed order (the territory table has no structure code).</summary>
    private static List<string> StructureCodes(string output) =>
        output.Split('\n').Select(l => StructureCode().Match(l)).Where(m => m.Success).Select(m => m.Value).ToList();

    private static string LineOf(string output, string code) =>
        output.Split('\n').Single(l => l.Contains(code, StringComparison.Ordinal));

    /// <summary>The Statut cell of a plain-text row: columns are separated by at least two spaces.</summary>
    private static string StatusCell(string line) => ColumnGap().Split(line.Trim())[4];

    [GeneratedRegex(@"\b\d{2}-[A-Z]{3}-\d{3}\b")]
    private static partial Regex StructureCode();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex ColumnGap();
}
