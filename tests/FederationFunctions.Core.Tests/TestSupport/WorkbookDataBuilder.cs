using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Tests.TestSupport;

/// <summary>Builds <see cref="WorkbookData"/> in memory: no xlsx needed.</summary>
public sealed class WorkbookDataBuilder
{
    private readonly List<SheetData> _sheets = [];

    public WorkbookDataBuilder Sheet(string name, Action<SheetBuilder> build)
    {
        var sheet = new SheetBuilder();
        build(sheet);
        _sheets.Add(sheet.Build(name));
        return this;
    }

    public WorkbookData Build() => new(_sheets);
}

/// <summary>Builds one sheet: rows by Excel row number, values converted by <see cref="Cells.Of"/>.</summary>
public sealed class SheetBuilder
{
    private readonly SortedDictionary<int, SheetRow> _rows = [];
    private readonly List<string> _merged = [];

    public SheetBuilder Row(int rowNumber, params object?[] values)
    {
        _rows[rowNumber] = new SheetRow(rowNumber, values.Select(Cells.Of).ToArray());
        return this;
    }

    public SheetBuilder Merge(string range)
    {
        _merged.Add(range);
        return this;
    }

    public SheetData Build(string name) => new(name, _rows.Values.ToArray(), _merged);
}

/// <summary>Short ways to write cells in tests.</summary>
public static class Cells
{
    /// <summary>null → blank; string → text; int/double → number; bool → boolean; DateOnly → date-formatted serial; CellValue as is.</summary>
    public static CellValue Of(object? value) => value switch
    {
        null => CellValue.Blank,
        CellValue cell => cell,
        string text => CellValue.FromText(text),
        int number => CellValue.FromNumber(number),
        double number => CellValue.FromNumber(number),
        decimal number => CellValue.FromNumber((double)number),
        bool flag => CellValue.FromBoolean(flag),
        DateOnly date => Date(date),
        _ => throw new ArgumentException($"Unsupported cell value {value.GetType()}", nameof(value)),
    };

    public static CellValue Date(DateOnly date) => CellValue.FromNumber(date.ToDateTime(TimeOnly.MinValue).ToOADate(), isDateFormatted: true);

    public static CellValue Date(int year, int month, int day) => Date(new DateOnly(year, month, day));
}
