using System.Security.Cryptography;
using ClosedXML.Excel;
using FederationFunctions.Samples;
using FederationFunctions.Core.Validation;

namespace FederationFunctions.Core.Tests.Samples;

public class SampleYearGeneratorTests
{
    private static readonly SampleYear Small = SampleYearGenerator.Generate(new SampleYearOptions(2025, 30, 7));

    [Fact]
    public void SameSeed_GivesTheSameFilesAndExpectedIndicators()
    {
        var again = SampleYearGenerator.Generate(new SampleYearOptions(2025, 30, 7));

        Assert.Equal(Small.Files.Select(f => (f.BlobName, f.ExpectedOutcome, f.Step)), again.Files.Select(f => (f.BlobName, f.ExpectedOutcome, f.Step)));
        Assert.Equal(Small.ExpectedIndicators, again.ExpectedIndicators);
        Assert.Equal(CellTexts(Small.Files[5].Content), CellTexts(again.Files[5].Content));
    }

    [Fact]
    public void OtherSeed_GivesOtherFigures()
    {
        var other = SampleYearGenerator.Generate(new SampleYearOptions(2025, 30, 8));
        Assert.NotEqual(Small.ExpectedIndicators.Single(i => i.Code == "RH.SALARIES" && i.Scope == "FED").Value, other.ExpectedIndicators.Single(i => i.Code == "RH.SALARIES" && i.Scope == "FED").Value);
    }

    [Fact]
    public void Sample_HasThreeRejectedOneReUploadOneDuplicateAndTheReferenceFirst()
    {
        Assert.Equal("reference", Small.Files[0].Container);
        Assert.Equal("2025/referentiel-2025.xlsx", Small.Files[0].BlobName);
        Assert.Equal(3, Small.Files.Count(f => f.ExpectedOutcome == UploadOutcome.Rejetee));
        Assert.Single(Small.Files, f => f.ExpectedOutcome == UploadOutcome.Remplacee);
        Assert.Single(Small.Files, f => f.ExpectedOutcome == UploadOutcome.Doublon);
        Assert.Equal(2, Small.Files.Count(f => f.Step == 2));
    }

    [Fact]
    public void Duplicate_HasTheSameBytesAsAnEarlierFileOfTheSameFolder()
    {
        var duplicate = Small.Files.Single(f => f.ExpectedOutcome == UploadOutcome.Doublon);
        var folder = duplicate.BlobName[..duplicate.BlobName.IndexOf('/', StringComparison.Ordinal)];
        var original = Small.Files.Single(f => f != duplicate && f.BlobName.StartsWith(folder + "/", StringComparison.Ordinal));

        Assert.Equal(SHA256.HashData(original.Content), SHA256.HashData(duplicate.Content));
        Assert.Equal(1, original.Step);
        Assert.Equal(2, duplicate.Step);
    }

    [Fact]
    public void ReUpload_SupersededVersionComesFirstAndDiffers()
    {
        var superseded = Small.Files.Single(f => f.ExpectedOutcome == UploadOutcome.Remplacee);
        var folder = superseded.BlobName[..superseded.BlobName.IndexOf('/', StringComparison.Ordinal)];
        var current = Small.Files.Single(f => f != superseded && f.BlobName.StartsWith(folder + "/", StringComparison.Ordinal));

        Assert.Equal(1, superseded.Step);
        Assert.Equal(2, current.Step);
        Assert.True(current.ExpectedOutcome.IsAccepted());
        Assert.NotEqual(SHA256.HashData(superseded.Content), SHA256.HashData(current.Content));
    }

    [Fact]
    public void Reference_HasThirteenTerritoriesInTwoDepartmentsAndAFewNonMembers()
    {
        var big = SampleYearGenerator.Generate(new SampleYearOptions(2025));
        Assert.Equal(13, big.Reference.Territories.Count);
        Assert.Equal(2, big.Reference.Territories.Select(t => t.Department).Distinct().Count());
        Assert.Equal(180, big.Reference.Structures.Count);
        var nonMembers = big.Reference.Structures.Count(s => !s.IsMember);
        Assert.InRange(nonMembers, 3, 12);
        Assert.All(big.Reference.Structures, s => Assert.Matches("^[0-9]{2}-[A-Z]{3}-[0-9]{3}$", s.Code));
        Assert.Equal(big.Reference.Structures.Count, big.Reference.Structures.Select(s => s.Code).Distinct().Count());
    }

    [Fact]
    public void ExpectedIndicators_GiveEveryNetworkIndicatorForFedDepartmentsAndTerritories()
    {
        var scopes = Small.ExpectedIndicators.Where(i => i.Code == "RESEAU.STRUCTURES").Select(i => i.Scope).ToHashSet();
        Assert.Equal(16, scopes.Count);
        Assert.Contains("FED", scopes);
        Assert.Contains("59", scopes);
        Assert.Contains("62", scopes);
        var fed = Small.ExpectedIndicators.Single(i => i.Code == "RESEAU.STRUCTURES" && i.Scope == "FED").Value;
        Assert.Equal(Small.Reference.Structures.Count(s => s.IsMember), fed);
        var received = Small.ExpectedIndicators.Single(i => i.Code == "COLLECTE.RECUES" && i.Scope == "FED").Value;
        var rejected = Small.ExpectedIndicators.Single(i => i.Code == "COLLECTE.REJETEES" && i.Scope == "FED").Value;
        var missing = Small.ExpectedIndicators.Single(i => i.Code == "COLLECTE.MANQUANTES" && i.Scope == "FED").Value;
        Assert.Equal(fed, received + rejected + missing);
        Assert.Equal(3m, rejected);
    }

    [Fact]
    public async Task WriteAsync_WritesEveryFileTheManifestAndTheExpectedIndicators()
    {
        var directory = Path.Combine(Path.GetTempPath(), "sample-" + Guid.NewGuid().ToString("N"));
        try
        {
            await SampleYearGenerator.WriteAsync(Small, directory, CancellationToken.None);

            var manifest = await SampleYearGenerator.ReadManifestAsync(Path.Combine(directory, SampleYear.ManifestFileName), CancellationToken.None);
            Assert.Equal(Small.Files.Count, manifest.Uploads.Count);
            Assert.All(manifest.Uploads, u => Assert.True(File.Exists(Path.Combine(directory, u.File)), u.File));
            Assert.Equal("Doublon", manifest.Uploads.Single(u => u.Step == 2 && u.ExpectedOutcome == "Doublon").ExpectedOutcome);
            var expected = await SampleYearGenerator.ReadExpectedIndicatorsAsync(Path.Combine(directory, SampleYear.ExpectedIndicatorsFileName), CancellationToken.None);
            Assert.Equal(Small.ExpectedIndicators, expected.Indicators);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static List<string> CellTexts(byte[] workbook)
    {
        using var book = new XLWorkbook(new MemoryStream(workbook));
        return book.Worksheets.SelectMany(s => s.CellsUsed().Select(c => s.Name + "!" + c.Address + "=" + c.GetString())).ToList();
    }
}
