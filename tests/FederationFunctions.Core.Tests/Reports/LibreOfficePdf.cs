using System.Diagnostics;

namespace FederationFunctions.Core.Tests.Reports;

/// <summary>
/// Converts a workbook to PDF with LibreOffice headless through <c>scripts/check-report-opens.sh</c> (private profile, time-out).
/// LibreOffice is required (CI runs <c>scripts/install-libreoffice.sh</c>): without <c>soffice</c> the tests that use it fail.
/// </summary>
internal static class LibreOfficePdf
{
    /// <summary>Converts <paramref name="file"/> into <paramref name="directory"/>; returns the PDF's path.</summary>
    public static async Task<string> ConvertAsync(string file, string directory)
    {
        var script = Path.Combine(RepositoryRoot(), "scripts", "check-report-opens.sh");
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(script);
        info.ArgumentList.Add(file);
        info.ArgumentList.Add(directory);
        using var process = Process.Start(info)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"check-report-opens.sh exited {process.ExitCode}: {await error}");
        var pdf = Path.Combine(directory, Path.GetFileNameWithoutExtension(file) + ".pdf");
        Assert.Equal(pdf, (await output).Trim());
        Assert.True(new FileInfo(pdf).Length > 1000, "the PDF is empty");
        return pdf;
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
