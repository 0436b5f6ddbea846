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

    /// <summary>The page's size in points and every word on it with its box (<c>pdftotext -bbox</c>), top-left origin.</summary>
    public static async Task<PdfPageWords> WordsAsync(string pdf, int page)
    {
        var xhtml = System.Xml.Linq.XDocument.Parse(await RunAsync("pdftotext", "-f", Page(page), "-l", Page(page), "-bbox", pdf, "-"));
        var pageElement = xhtml.Descendants().First(e => e.Name.LocalName == "page");
        double Number(System.Xml.Linq.XElement e, string name) => double.Parse(e.Attribute(name)!.Value, CultureInfo.InvariantCulture);
        var words = pageElement.Elements().Where(e => e.Name.LocalName == "word")
            .Select(e => new PdfWord(e.Value, Number(e, "xMin"), Number(e, "yMin"), Number(e, "xMax"), Number(e, "yMax")))
            .ToList();
        return new PdfPageWords(Number(pageElement, "width"), Number(pageElement, "height"), words);
    }

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

    /// <summary>Runs <paramref name="tool"/>, asserts it exits 0 (within 4 minutes, what a LibreOffice conversion may take), returns its output.</summary>
    internal static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{tool} exited {process.ExitCode}: {await error}");
        return await output;
    }
}

/// <summary>A word of a PDF page and its box, in points from the top-left corner.</summary>
internal sealed record PdfWord(string Text, double XMin, double YMin, double XMax, double YMax)
{
    /// <summary>
    /// True when the two words are drawn over each other: their boxes share more than half a point across and more than
    /// 40 % of the lower box's height (a word's box is taller than the line pitch, so consecutive lines of a paragraph share
    /// a point or two).
    /// </summary>
    public bool Overlaps(PdfWord other) =>
        Math.Min(XMax, other.XMax) - Math.Max(XMin, other.XMin) > 0.5
        && Math.Min(YMax, other.YMax) - Math.Max(YMin, other.YMin) > 0.4 * Math.Min(YMax - YMin, other.YMax - other.YMin);
}

/// <summary>A PDF page's size in points and its words.</summary>
internal sealed record PdfPageWords(double Width, double Height, IReadOnlyList<PdfWord> Words);
