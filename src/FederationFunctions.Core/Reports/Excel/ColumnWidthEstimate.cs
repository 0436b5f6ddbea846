using System.Globalization;

namespace FederationFunctions.Core.Reports.Excel;

/// <summary>
/// Column widths computed from the content (ClosedXML's <c>AdjustToContents</c> needs GDI+, absent on Linux):
/// the number of characters a cell displays, in Excel's width unit (about one character of the default font).
/// </summary>
internal static class ColumnWidthEstimate
{
    public const double Minimum = 6;
    public const double Maximum = 60;

    public static int Characters(ReportCell cell)
    {
        if (cell.Text is not null)
        {
            return cell.Text.Length;
        }

        if (cell.Date is not null)
        {
            return 16;
        }

        if (cell.Number is not { } number)
        {
            return 0;
        }

        var whole = Math.Abs(decimal.Truncate(number)).ToString(CultureInfo.InvariantCulture).Length;
        var length = whole + ((whole - 1) / 3) + (number < 0 ? 1 : 0);
        return cell.Format switch
        {
            NumberFormats.Euro => length + 2,
            NumberFormats.Percent => 5,
            NumberFormats.Average => length + 2,
            NumberFormats.Fte => length + 3,
            _ => length,
        };
    }

    /// <summary>
    /// A header wraps: it needs its longest word, and a moderately wide column to stay on two lines;
    /// headers are bold, about a tenth wider than plain text.
    /// </summary>
    public static int HeaderCharacters(string header)
    {
        var longestWord = header.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length).DefaultIfEmpty(0).Max();
        return (int)Math.Ceiling(Math.Max(longestWord, Math.Min(header.Length, 14)) * 1.12);
    }

    public static double Width(int characters) => Math.Clamp(characters + 2, Minimum, Maximum);
}
