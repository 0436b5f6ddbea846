using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Samples;
using FederationFunctions.IntegrationTests.Infrastructure;

namespace FederationFunctions.IntegrationTests.Consolidation;

/// <summary>
/// A generated year (reference + 40 structures, rejected files, a re-upload, a duplicate) uploaded to Azurite, swept,
/// consolidated, and the report read back from <c>reports/</c> with another reader than the one that wrote it
/// (the Open XML SDK, not ClosedXML): the Indicateurs sheet holds the generator's own expected values and every
/// human sheet exists and is formatted.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ConsolidatedReportEndToEndTests(AzuriteFixture azurite)
{
    private static readonly string[] SheetOrder =
        ["Synthèse", "Réseau", "Vie fédérale", "Formation", "FOSFORA", "Santé", "Dispositifs", "Complétude", "Anomalies", "Indicateurs"];

    [Fact]
    public async Task GeneratedYear_ThroughSweepAndConsolidation_ReportHoldsExpectedIndicatorsAndFormattedSheets()
    {
        await using var h = await IngestionHarness.CreateAsync(azurite, realChecker: true);
        var sample = SampleYearGenerator.Generate(new SampleYearOptions(2024, Structures: 40, Seed: 7));
        Assert.True(sample.Files.Count(f => f.Container == "uploads") >= 30);
        foreach (var step in sample.Files.GroupBy(f => f.Step).OrderBy(g => g.Key))
        {
            foreach (var file in step)
            {
                var container = file.Container == "reference" ? h.Storage.Reference : h.Storage.Uploads;
                await container.GetBlobClient(file.BlobName).UploadAsync(new BinaryData(file.Content), overwrite: true);
            }

            await h.Sweep.RunAsync(CancellationToken.None);
            // Upload times have a one-second resolution: the next wave must be strictly later.
            await Task.Delay(TimeSpan.FromSeconds(1.1));
        }

        var run = await h.Get<ConsolidationService>().RunAsync(2024, CancellationToken.None);

        var content = (await h.Storage.Reports.GetBlobClient(ReportPaths.Latest(2024)).DownloadContentAsync()).Value.Content.ToArray();
        using var document = SpreadsheetDocument.Open(new MemoryStream(content), isEditable: false);
        var workbookPart = document.WorkbookPart!;
        var sheets = workbookPart.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(SheetOrder, sheets.Select(s => s.Name!.Value));
        var strings = workbookPart.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];

        foreach (var sheet in sheets)
        {
            var worksheet = ((WorksheetPart)workbookPart.GetPartById(sheet.Id!)).Worksheet;
            var name = sheet.Name!.Value!;
            Assert.True(worksheet.Descendants<Pane>().Any(p => p.State?.Value == PaneStateValues.Frozen || p.State?.Value == PaneStateValues.FrozenSplit), $"{name}: no frozen header");
            Assert.True(worksheet.Descendants<Column>().Any(c => c.CustomWidth?.Value == true && c.Width?.Value > 0), $"{name}: no column widths");
            Assert.Equal(OrientationValues.Landscape, worksheet.Descendants<PageSetup>().Single().Orientation?.Value);
            Assert.Equal(1u, worksheet.Descendants<PageSetup>().Single().FitToWidth?.Value ?? 1u);
            Assert.True(worksheet.Descendants<PageSetupProperties>().Single().FitToPage?.Value, $"{name}: not fitted to the page");
            Assert.True(worksheet.Descendants<AutoFilter>().Any(), $"{name}: no filter");
        }

        var indicateurs = ((WorksheetPart)workbookPart.GetPartById(sheets[^1].Id!)).Worksheet;
        var rows = indicateurs.Descendants<Row>().ToList();
        // The contract's five columns first, then (v1.1) last year's three.
        Assert.Equal(["Code", "Périmètre", "Libellé", "Valeur", "Unité", "Valeur N-1", "Évolution", "Évolution (%)"], rows[0].Elements<Cell>().Select(c => Text(c, strings)));
        var values = new Dictionary<(string, string), decimal?>();
        foreach (var row in rows.Skip(1))
        {
            var cells = row.Elements<Cell>().ToDictionary(c => Column(c.CellReference!.Value!), c => c);
            var value = cells.GetValueOrDefault("D");
            Assert.True(value?.DataType is null || value.DataType.Value == CellValues.Number, $"Valeur of row {row.RowIndex} is not a number cell");
            values[(Text(cells["A"], strings), Text(cells["B"], strings))] =
                value?.CellValue is { } number ? decimal.Parse(number.Text, NumberStyles.Float, CultureInfo.InvariantCulture) : null;
        }

        Assert.Equal(run.Result.Indicators.Count, values.Count);
        var mismatches = SampleIndicatorCheck.Mismatches(sample.ExpectedIndicators, (code, scope) =>
            values.TryGetValue((code, scope), out var found) ? (true, found) : (false, null));
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    private static string Column(string reference) => new(reference.TakeWhile(char.IsLetter).ToArray());

    private static string Text(Cell cell, List<string> strings) => cell.DataType?.Value == CellValues.SharedString
        ? strings[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)]
        : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? string.Empty;
}
