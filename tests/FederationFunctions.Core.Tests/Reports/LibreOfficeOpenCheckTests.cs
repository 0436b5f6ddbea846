using FederationFunctions.Core.Reports;

namespace FederationFunctions.Core.Tests.Reports;

/// <summary>
/// The report workbooks open in LibreOffice: each is converted to PDF headless by <c>scripts/check-report-opens.sh</c>.
/// LibreOffice is required (CI runs <c>scripts/install-libreoffice.sh</c>): without <c>soffice</c> these tests fail.
/// Set <c>REPORT_SAMPLES_DIR</c> to keep the workbooks and PDFs for a look.
/// </summary>
public sealed class LibreOfficeOpenCheckTests : IDisposable
{
    private readonly string _directory;
    private readonly bool _keep;

    public LibreOfficeOpenCheckTests()
    {
        var samples = Environment.GetEnvironmentVariable("REPORT_SAMPLES_DIR");
        _keep = !string.IsNullOrEmpty(samples);
        _directory = _keep ? samples! : Path.Combine(Path.GetTempPath(), "report-open-check-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    [Fact]
    public async Task ConsolidatedWorkbook_ConvertsToANonEmptyPdf()
    {
        var file = Path.Combine(_directory, "consolidation-2023.xlsx");
        await using (var stream = File.Create(file))
        {
            new ConsolidatedWorkbookWriter().Write(ReportFixtures.Consolidation(), stream);
        }

        await AssertOpensAsync(file);
    }

    [Fact]
    public async Task CalculatedConsolidatedWorkbook_ConvertsToANonEmptyPdf()
    {
        var file = Path.Combine(_directory, "consolidation-calculee-2023.xlsx");
        await using (var stream = File.Create(file))
        {
            new ConsolidatedWorkbookWriter().Write(Consolidation.SmallNetworkScenario.Result, stream);
        }

        await AssertOpensAsync(file);
    }

    /// <summary>
    /// The charts are drawn: on the PDF's pages of each sheet with a chart, pixels of the series colours (used nowhere
    /// else on the pages) are found, this year's and, on the two rate charts, last year's; on a sheet without a chart, none.
    /// </summary>
    [Fact]
    public async Task ConsolidatedWorkbookWithLastYear_PdfDrawsEveryChart()
    {
        var file = Path.Combine(_directory, "consolidation-graphiques-2023.xlsx");
        var result = Consolidation.SmallNetworkScenario.Result;
        await using (var stream = File.Create(file))
        {
            new ConsolidatedWorkbookWriter().Write(result, YearOverYearFixtures.Previous(result), stream);
        }

        var pdf = await AssertOpensAsync(file);
        var current = new Dictionary<string, int>(StringComparer.Ordinal);
        var previous = new Dictionary<string, int>(StringComparer.Ordinal);
        var pages = await PdfPages.CountAsync(pdf);
        for (var page = 1; page <= pages; page++)
        {
            var text = await PdfPages.TextAsync(pdf, page);
            var sheet = new[] { "Synthèse", "Réseau", "Vie fédérale", "Formation", "FOSFORA", "Santé", "Dispositifs", "Complétude", "Anomalies" }
                .FirstOrDefault(s => text.Contains(s + " – 2023", StringComparison.Ordinal));
            if (sheet is null)
            {
                continue;
            }

            var image = await PdfPages.RenderAsync(pdf, page);
            current[sheet] = current.GetValueOrDefault(sheet) + PdfPages.CountColour(image, "2E75B6");
            previous[sheet] = previous.GetValueOrDefault(sheet) + PdfPages.CountColour(image, "A5A5A5", tolerance: 6);
        }

        foreach (var sheet in new[] { "Réseau", "Vie fédérale", "FOSFORA", "Santé", "Dispositifs" })
        {
            Assert.True(current.GetValueOrDefault(sheet) > 100, $"no chart drawn on « {sheet} »: {current.GetValueOrDefault(sheet)} pixels of this year's colour");
        }

        foreach (var sheet in new[] { "Réseau", "Vie fédérale" })
        {
            Assert.True(previous.GetValueOrDefault(sheet) > 100, $"last year not drawn on « {sheet} »: {previous.GetValueOrDefault(sheet)} pixels");
        }

        Assert.Equal(0, current.GetValueOrDefault("Complétude", -1));
    }

    [Fact]
    public async Task FeedbackWorkbook_ConvertsToANonEmptyPdf()
    {
        var file = Path.Combine(_directory, "activite-2023.retour.xlsx");
        await using (var stream = File.Create(file))
        {
            new FeedbackReportWriter().WriteWorkbook(ReportFixtures.RejectedFeedback(), stream);
        }

        await AssertOpensAsync(file);
    }

    public void Dispose()
    {
        if (!_keep)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private Task<string> AssertOpensAsync(string file) => LibreOfficePdf.ConvertAsync(file, _directory);
}
