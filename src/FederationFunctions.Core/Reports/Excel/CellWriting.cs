using ClosedXML.Excel;

namespace FederationFunctions.Core.Reports.Excel;

/// <summary>Writes report cells so that no text ever becomes a formula, a number or a date by accident.</summary>
internal static class CellWriting
{
    /// <summary>
    /// Writes <paramref name="text"/> as a text cell. ClosedXML 0.95.4's <c>Value</c> setter guesses types
    /// (<c>"+1"</c> becomes the number 1, <c>"TRUE"</c> a boolean); <c>SetValue&lt;string&gt;</c> keeps text as
    /// text and stores it as a shared string, so <c>=HYPERLINK(…)</c> is never a formula.
    /// </summary>
    public static void SetText(this IXLCell cell, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            cell.Clear(XLClearOptions.Contents);
            return;
        }

        cell.SetValue<string>(text);
    }

    /// <summary>Writes the value; the number format too unless <paramref name="withFormat"/> is false (the caller formats the whole column at once).</summary>
    public static void Write(this IXLCell cell, ReportCell value, bool withFormat = true)
    {
        if (value.Text is not null)
        {
            cell.SetText(value.Text);
            return;
        }

        if (value.Date is { } date)
        {
            cell.SetValue(date);
        }
        else if (value.Number is { } number)
        {
            cell.SetValue(number);
        }

        if (withFormat && value.Format is not null)
        {
            cell.Style.NumberFormat.Format = value.Format;
        }
    }
}
