namespace FederationFunctions.Core.Reports.Charts;

/// <summary>How a chart draws its series.</summary>
internal enum ChartKind
{
    /// <summary>Horizontal bars, categories top to bottom in the table's order.</summary>
    Bar,

    /// <summary>Vertical columns, categories left to right.</summary>
    Column,
}

/// <summary>A rectangle of cells of one sheet (1-based), as a chart formula refers to it.</summary>
internal sealed record CellRange(string Sheet, int FirstRow, int FirstColumn, int LastRow, int LastColumn)
{
    public static CellRange Cell(string sheet, int row, int column) => new(sheet, row, column, row, column);

    public static CellRange Column(string sheet, int column, int firstRow, int lastRow) => new(sheet, firstRow, column, lastRow, column);

    public static CellRange Row(string sheet, int row, int firstColumn, int lastColumn) => new(sheet, row, firstColumn, row, lastColumn);

    /// <summary>The absolute reference, e.g. <c>'Vie fédérale'!$K$20:$K$32</c>.</summary>
    public string Formula
    {
        get
        {
            var sheet = "'" + Sheet.Replace("'", "''", StringComparison.Ordinal) + "'!";
            var first = "$" + ColumnLetters(FirstColumn) + "$" + FirstRow.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var last = "$" + ColumnLetters(LastColumn) + "$" + LastRow.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return first == last ? sheet + first : sheet + first + ":" + last;
        }
    }

    /// <summary>The cells, row by row, as (row, column).</summary>
    public IEnumerable<(int Row, int Column)> Cells() =>
        from row in Enumerable.Range(FirstRow, LastRow - FirstRow + 1)
        from column in Enumerable.Range(FirstColumn, LastColumn - FirstColumn + 1)
        select (row, column);

    private static string ColumnLetters(int column)
    {
        var letters = string.Empty;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}

/// <summary>One series: its name is a header cell of the table, its values a column (or row) of the same table.</summary>
/// <param name="Color">Fill colour, RRGGBB.</param>
internal sealed record ChartSeries(CellRange Name, CellRange Values, string Color);

/// <summary>Where the chart sits, in cells (1-based, the <c>To</c> cell excluded): beside the table it draws from.</summary>
internal sealed record ChartAnchor(int FromColumn, int FromRow, int ToColumn, int ToRow);

/// <summary>A native chart of the consolidated workbook, pointing at the cells of the table it draws from.</summary>
/// <param name="Sheet">The sheet that shows the chart (the table's sheet).</param>
/// <param name="NumberFormat">The value axis format, e.g. <c>0 %</c>.</param>
/// <param name="Stacked">Series stacked (a total split in parts) rather than side by side.</param>
internal sealed record ChartDefinition(
    string Sheet,
    string Title,
    ChartKind Kind,
    CellRange Categories,
    IReadOnlyList<ChartSeries> Series,
    string NumberFormat,
    ChartAnchor Anchor,
    bool Stacked = false);
