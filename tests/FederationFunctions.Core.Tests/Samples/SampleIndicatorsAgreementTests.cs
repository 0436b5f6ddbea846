using System.Globalization;
using ClosedXML.Excel;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Reports;
using FederationFunctions.Core.Samples;
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

        var mismatches = sample.ExpectedIndicators
            .Select(e => (e.Code, e.Scope, Expected: e.Value, Actual: result.Value(e.Code, e.Scope), Present: result.Indicators.Any(i => i.Code == e.Code && i.Scope == e.Scope)))
            .Where(x => !x.Present || !Close(x.Expected, x.Actual))
            .Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.Code} [{x.Scope}] attendu {x.Expected} obtenu {(x.Present ? x.Actual?.ToString(CultureInfo.InvariantCulture) ?? "vide" : "absent")}"))
            .ToList();
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

        var sheet = ReadIndicateurs(stream);
        var mismatches = sample.ExpectedIndicators
            .Where(e => !sheet.TryGetValue((e.Code, e.Scope), out var actual) || !Close(e.Value, actual))
            .Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Code} [{e.Scope}] attendu {e.Value}"))
            .ToList();
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

    internal static Dictionary<(string Code, string Scope), decimal?> ReadIndicateurs(Stream workbook)
    {
        using var book = new XLWorkbook(workbook);
        var sheet = book.Worksheet("Indicateurs");
        var header = sheet.RowsUsed().First(r => r.Cell(1).GetString() == "Code");
        var columns = header.CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);
        var values = new Dictionary<(string, string), decimal?>();
        foreach (var row in sheet.RowsUsed().Where(r => r.RowNumber() > header.RowNumber()))
        {
            var value = row.Cell(columns["Valeur"]);
            values[(row.Cell(columns["Code"]).GetString(), row.Cell(columns["Périmètre"]).GetString())] =
                value.IsEmpty() ? null : (decimal)value.GetDouble();
        }

        return values;
    }

    internal static bool Close(decimal? expected, decimal? actual) =>
        expected is null ? actual is null : actual is not null && Math.Abs(expected.Value - actual.Value) <= 1e-9m * Math.Max(1m, Math.Abs(expected.Value));

    private static UploadSummary Summary(SampleFile file, DateTimeOffset at) =>
        new(file.BlobName, at, file.ExpectedOutcome, file.ExpectedOutcome == UploadOutcome.Rejetee ? 1 : 0, file.ExpectedOutcome == UploadOutcome.AccepteeAvecAvertissements ? 1 : 0);
}
