using System.Diagnostics;

namespace FederationFunctions.Core.Tests.Workbooks.Differential;

/// <summary>
/// Has LibreOffice (headless, private profile) open a workbook and save it again through one of its OOXML export
/// filters, so that the file is written by LibreOffice's own code (its styles, shared strings, recalculated formulas).
/// LibreOffice is required (CI installs it with <c>scripts/install-libreoffice.sh</c>).
/// </summary>
internal static class LibreOfficeConversion
{
    /// <summary>"Excel 2007-365" in LibreOffice's Save As.</summary>
    public const string ExcelFilter = "Calc MS Excel 2007 XML";

    /// <summary>"Office Open XML Spreadsheet" in LibreOffice's Save As.</summary>
    public const string OfficeOpenXmlFilter = "Calc Office Open XML";

    public static byte[] Convert(byte[] workbook, string filter)
    {
        var folder = Directory.CreateTempSubdirectory("reader-lo-");
        try
        {
            var input = Path.Combine(folder.FullName, "source.xlsx");
            File.WriteAllBytes(input, workbook);
            var output = Path.Combine(folder.FullName, "out");
            var info = new ProcessStartInfo("soffice")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in new[]
            {
                $"-env:UserInstallation=file://{Path.Combine(folder.FullName, "profile")}", "--headless", "--norestore", "--nolockcheck",
                "--convert-to", $"xlsx:{filter}", "--outdir", output, input,
            })
            {
                info.ArgumentList.Add(argument);
            }

            using var process = Process.Start(info) ?? throw new InvalidOperationException("soffice did not start");
            var log = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("soffice did not finish within 3 minutes");
            }

            var converted = Path.Combine(output, "source.xlsx");
            Assert.True(process.ExitCode == 0 && File.Exists(converted), $"soffice failed ({process.ExitCode}): {log.Result} {errors.Result}");
            return File.ReadAllBytes(converted);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
