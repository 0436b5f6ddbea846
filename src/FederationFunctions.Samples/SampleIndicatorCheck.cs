using System.Globalization;
using ClosedXML.Excel;

namespace FederationFunctions.Samples;

/// <summary>Reads the <c>Indicateurs</c> sheet of a consolidated workbook and compares it with a sample's expected indicators.</summary>
public static class SampleIndicatorCheck
{
    /// <summary>Every (code, scope) of the sheet with its value (null for an empty cell). Columns are found by their header.</summary>
    public static Dictionary<(string Code, string Scope), decimal?> ReadIndicateursSheet(Stream workbook)
    {
        using var book = new XLWorkbook(workbook);
        var sheet = book.Worksheet("Indicateurs");
        var header = sheet.RowsUsed().First(r => r.CellsUsed().Any(c => c.GetString() == "Code") && r.CellsUsed().Any(c => c.GetString() == "Valeur"));
        var columns = header.CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);
        var values = new Dictionary<(string, string), decimal?>();
        foreach (var row in sheet.RowsUsed().Where(r => r.RowNumber() > header.RowNumber()))
        {
            var value = row.Cell(columns["Valeur"]);
            values[(row.Cell(columns["Code"]).GetString(), row.Cell(columns["Périmètre"]).GetString())] =
                value.IsEmpty() ? null : (decimal)value.GetDouble();
        }

        return values;
    }

    /// <summary>One French line per expected indicator that is absent or differs (relative tolerance 1e-9); empty when all agree.</summary>
    public static List<string> Mismatches(IEnumerable<SampleIndicator> expected, Func<string, string, (bool Present, decimal? Value)> actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var lines = new List<string>();
        foreach (var indicator in expected)
        {
            var (present, value) = actual(indicator.Code, indicator.Scope);
            if (!present)
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"{indicator.Code} [{indicator.Scope}] : attendu {indicator.Value}, absent"));
            }
            else if (!Close(indicator.Value, value))
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"{indicator.Code} [{indicator.Scope}] : attendu {indicator.Value?.ToString(CultureInfo.InvariantCulture) ?? "vide"}, obtenu {value?.ToString(CultureInfo.InvariantCulture) ?? "vide"}"));
            }
        }

        return lines;
    }

    /// <summary>Compares with the values read from an <c>Indicateurs</c> sheet.</summary>
    public static List<string> Mismatches(IEnumerable<SampleIndicator> expected, IReadOnlyDictionary<(string Code, string Scope), decimal?> sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return Mismatches(expected, (code, scope) => sheet.TryGetValue((code, scope), out var value) ? (true, value) : (false, null));
    }

    private static bool Close(decimal? expected, decimal? actual) =>
        expected is null ? actual is null : actual is not null && Math.Abs(expected.Value - actual.Value) <= 1e-9m * Math.Max(1m, Math.Abs(expected.Value));
}
