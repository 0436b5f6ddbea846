namespace FederationFunctions.Core.Reports.Excel;

/// <summary>
/// Row heights for wrapped text. LibreOffice does not grow a row to fit wrapped text when it opens an .xlsx,
/// so the writer sets the height itself: greedy word wrapping at the column's width (average French text is a
/// little narrower than the digit Excel's width unit is based on; bold text wider), one line per 15 points.
/// </summary>
internal static class TextWrap
{
    public const double LineHeight = 15;

    /// <summary>The number of lines <paramref name="text"/> takes in a column <paramref name="width"/> characters wide.</summary>
    public static int Lines(string text, double width, bool bold)
    {
        var capacity = Math.Max(1, (int)Math.Floor(width * (bold ? 0.9 : 1.05)));
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            lines++;
            var used = 0;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var needed = used == 0 ? word.Length : used + 1 + word.Length;
                if (needed <= capacity)
                {
                    used = needed;
                    continue;
                }

                if (used > 0)
                {
                    lines++;
                }

                lines += (word.Length - 1) / capacity;
                used = ((word.Length - 1) % capacity) + 1;
            }
        }

        return lines;
    }

    /// <summary>The height of a row whose tallest wrapped cell needs <paramref name="lines"/> lines.</summary>
    public static double Height(int lines) => Math.Max(1, lines) * LineHeight;
}
