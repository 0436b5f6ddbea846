using System.Globalization;
using System.Text;
using ClosedXML.Excel;

namespace FederationFunctions.Cli.Infrastructure;

/// <summary>Reads the structure code from a workbook's Structure sheet, to know which folder to upload it to.</summary>
internal static class StructureCodeSniffer
{
    private static readonly string[] SheetNames = ["structure", "fichestructure", "identite"];
    private static readonly string[] Labels = ["codestructure", "codedelastructure", "code", "structurecode"];

    /// <summary>The code, trimmed and upper-cased, or null when the file has none that can be read.</summary>
    public static string? Read(string path)
    {
        try
        {
            using var book = new XLWorkbook(path);
            var sheet = book.Worksheets.FirstOrDefault(s => SheetNames.Contains(Fold(s.Name)));
            if (sheet is null)
            {
                return null;
            }

            foreach (var row in sheet.RowsUsed())
            {
                if (!Labels.Contains(Fold(row.Cell(1).GetString())))
                {
                    continue;
                }

                var value = row.CellsUsed().Where(c => c.Address.ColumnNumber > 1).Select(c => c.GetString().Trim()).FirstOrDefault(v => v.Length > 0);
                return value?.ToUpperInvariant();
            }

            return null;
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or FormatException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string Fold(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
