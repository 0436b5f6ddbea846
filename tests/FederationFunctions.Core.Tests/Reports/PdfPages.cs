using System.Diagnostics;
using System.Globalization;

namespace FederationFunctions.Core.Tests.Reports;

/// <summary>
/// Reads a PDF through poppler's command-line tools (installed with LibreOffice by <c>scripts/install-libreoffice.sh</c>):
/// the number of pages, the text of a page (<c>pdftotext</c>) and its pixels (<c>pdftoppm</c>, binary PPM).
/// </summary>
internal static class PdfPages
{
    public static async Task<int> CountAsync(string pdf)
    {
        var info = await RunAsync("pdfinfo", pdf);
        var line = info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), CultureInfo.InvariantCulture);
    }

    public static Task<string> TextAsync(string pdf, int page) =>
        RunAsync("pdftotext", "-f", Page(page), "-l", Page(page), "-layout", pdf, "-");

    /// <summary>The page rendered at <paramref name="dpi"/>: width, height and RGB bytes.</summary>
    public static async Task<(int Width, int Height, byte[] Rgb)> RenderAsync(string pdf, int page, int dpi = 60)
    {
        var prefix = Path.Combine(Path.GetTempPath(), "pdf-page-" + Guid.NewGuid().ToString("N"));
        await RunAsync("pdftoppm", "-f", Page(page), "-l", Page(page), "-r", dpi.ToString(CultureInfo.InvariantCulture), "-singlefile", pdf, prefix);
        var file = prefix + ".ppm";
        try
        {
            return ReadPpm(await File.ReadAllBytesAsync(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Pixels within <paramref name="tolerance"/> of the colour <paramref name="rrggbb"/> on each channel.</summary>
    public static int CountColour((int Width, int Height, byte[] Rgb) image, string rrggbb, int tolerance = 10)
    {
        var r = Convert.ToInt32(rrggbb[..2], 16);
        var g = Convert.ToInt32(rrggbb[2..4], 16);
        var b = Convert.ToInt32(rrggbb[4..], 16);
        var count = 0;
        for (var i = 0; i + 2 < image.Rgb.Length; i += 3)
        {
            if (Math.Abs(image.Rgb[i] - r) <= tolerance && Math.Abs(image.Rgb[i + 1] - g) <= tolerance && Math.Abs(image.Rgb[i + 2] - b) <= tolerance)
            {
                count++;
            }
        }

        return count;
    }

    private static (int Width, int Height, byte[] Rgb) ReadPpm(byte[] bytes)
    {
        // P6 <width> <height> <maxval> then width × height × 3 bytes.
        var fields = new List<string>();
        var position = 0;
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }

            var start = position;
            while (!char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }

            fields.Add(System.Text.Encoding.ASCII.GetString(bytes, start, position - start));
        }

        Assert.Equal("P6", fields[0]);
        var width = int.Parse(fields[1], CultureInfo.InvariantCulture);
        var height = int.Parse(fields[2], CultureInfo.InvariantCulture);
        return (width, height, bytes[(position + 1)..]);
    }

    private static string Page(int page) => page.ToString(CultureInfo.InvariantCulture);

    private static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{tool} exited {process.ExitCode}: {await error}");
        return await output;
    }
}
