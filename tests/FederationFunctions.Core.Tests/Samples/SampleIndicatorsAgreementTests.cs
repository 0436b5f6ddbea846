using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Reports;
using FederationFunctions.Samples;
using FederationFunctions.Core.Validation;

namespace FederationFunctions.Core.Tests.Samples;

/// <summary>
/// The sample generator computes its expected indicators on its own; the consolidation code must agree with it on the
/// same rows. Here the rows are handed over as the generator wrote them (no reading, no storage).
/// </summary>
public class SampleIndicatorsAgreementTests
{
    private static readonly DateTimeOffset FirstWave = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void IndicatorCalculator_OnTheSampleRows_GivesTheGeneratorsExpectedValues()
    {
        var sample = SampleYearGenerator.Generate(new SampleYearOptions(2025, 60, 11));
        var result = new IndicatorCalculator().Calculate(InputOf(sample), FirstWave.AddHours(1));

        var mismatches = SampleIndicatorCheck.Mismatches(
            sample.ExpectedIndicators,
            (code, scope) => (result.Indicators.Any(i => i.Code == code && i.Scope == scope), result.Value(code, scope)));
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Fact]
    public void ConsolidatedWorkbook_IndicateursSheet_HoldsTheGeneratorsExpectedValues()
    {
        var sample = SampleYearGenerator.Generate(new SampleYearOptions(2025, 30, 5));
        var result = new IndicatorCalculator().Calculate(InputOf(sample), FirstWave.AddHours(1));
        using var stream = new MemoryStream();
        new ConsolidatedWorkbookWriter().Write(result, stream);
        stream.Position = 0;

        var mismatches = SampleIndicatorCheck.Mismatches(sample.ExpectedIndicators, SampleIndicatorCheck.ReadIndicateursSheet(stream));
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    /// <summary>What ingestion would give the consolidation: per folder, the current accepted version and the latest upload.</summary>
    internal static ConsolidationInput InputOf(SampleYear sample)
    {
        var submissions = sample.Files
            .Where(f => f.Container == "uploads")
            .GroupBy(f => f.StructureCode!)
            .Select(g =>
            {
                var uploads = g.Select(f => (File: f, At: FirstWave.AddMinutes(f.Step - 1))).ToList();
                var current = uploads.LastOrDefault(u => u.File.ExpectedOutcome.IsAccepted());
                var latest = uploads.LastOrDefault(u => u.File.ExpectedOutcome != UploadOutcome.Doublon);
                return new CentreSubmission(
                    g.Key,
                    current.File is null ? null : Summary(current.File, current.At),
                    current.File?.Workbook,
                    latest.File is null ? null : Summary(latest.File, latest.At));
            })
            .ToList();
        return new ConsolidationInput(sample.Options.Year, sample.Reference, submissions);
    }

    private static UploadSummary Summary(SampleFile file, DateTimeOffset at) =>
        new(file.BlobName, at, file.ExpectedOutcome, file.ExpectedOutcome == UploadOutcome.Rejetee ? 1 : 0, file.ExpectedOutcome == UploadOutcome.AccepteeAvecAvertissements ? 1 : 0);
}
