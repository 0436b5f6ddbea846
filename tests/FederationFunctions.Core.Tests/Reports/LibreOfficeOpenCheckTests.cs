using System.Diagnostics;
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

    private async Task AssertOpensAsync(string file)
    {
        var script = Path.Combine(RepositoryRoot(), "scripts", "check-report-opens.sh");
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(script);
        info.ArgumentList.Add(file);
        info.ArgumentList.Add(_directory);
        using var process = Process.Start(info)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"check-report-opens.sh exited {process.ExitCode}: {await error}");
        var pdf = Path.ChangeExtension(file, ".pdf");
        Assert.Equal(pdf, (await output).Trim());
        Assert.True(new FileInfo(pdf).Length > 1000, "the PDF is empty");
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FederationFunctions.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("FederationFunctions.sln not found above " + AppContext.BaseDirectory);
    }
}
