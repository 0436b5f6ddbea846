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
        var output = await PdfPages.RunAsync("bash", Path.Combine(RepositoryRoot(), "scripts", "check-report-opens.sh"), file, directory);
        var pdf = Path.Combine(directory, Path.GetFileNameWithoutExtension(file) + ".pdf");
        Assert.Equal(pdf, output.Trim());
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
