using System.Text;
using System.Text.Unicode;

namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>
/// Tells whether bytes that are neither a zip nor an OLE file look like CSV/TSV: mostly printable text whose
/// first lines hold a separator (<c>;</c>, <c>,</c> or tab) and that is not markup (HTML, XML) or a PDF.
/// </summary>
internal static class DelimitedTextSniffer
{
    private const int SampleBytes = 64 * 1024;
    private const int LinesExamined = 5;
    private const double MinPrintableShare = 0.95;

    public static bool LooksLikeDelimitedText(ReadOnlySpan<byte> bytes)
    {
        var text = Decode(bytes[..Math.Min(bytes.Length, SampleBytes)]);
        if (text is null)
        {
            return false;
        }

        var trimmed = text.AsSpan().TrimStart();
        if (trimmed.IsEmpty || trimmed[0] is '<' or '{' or '[' || trimmed.StartsWith("%PDF", StringComparison.Ordinal))
        {
            return false;
        }

        var printable = 0;
        foreach (var character in text)
        {
            if (character is '\t' or '\r' or '\n' || !(char.IsControl(character) || character == '\uFFFD'))
            {
                printable++;
            }
        }

        if (printable < text.Length * MinPrintableShare)
        {
            return false;
        }

        var linesWithSeparator = 0;
        var lines = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.IsWhiteSpace())
            {
                continue;
            }

            lines++;
            if (line.IndexOfAny(";,\t") >= 0)
            {
                linesWithSeparator++;
            }

            if (lines == LinesExamined)
            {
                break;
            }
        }

        return linesWithSeparator > 0 && linesWithSeparator * 2 >= lines;
    }

    private static string? Decode(ReadOnlySpan<byte> sample)
    {
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(sample[2..]);
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(sample[2..]);
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            sample = sample[3..];
        }

        if (sample.Contains((byte)0))
        {
            return null;
        }

        // UTF-8 or a single-byte code page (Windows-1252 exports): Latin-1 keeps every byte a character.
        return Utf8IsValid(sample) ? Encoding.UTF8.GetString(sample) : Encoding.Latin1.GetString(sample);
    }

    private static bool Utf8IsValid(ReadOnlySpan<byte> sample)
    {
        // A multi-byte sequence cut by the sample's end is still valid text.
        var checkedLength = sample.Length;
        for (var back = 1; back <= 3 && back <= sample.Length; back++)
        {
            if ((sample[^back] & 0xC0) == 0xC0)
            {
                checkedLength = sample.Length - back;
                break;
            }

            if ((sample[^back] & 0x80) == 0)
            {
                break;
            }
        }

        return Utf8.IsValid(sample[..checkedLength]);
    }
}
