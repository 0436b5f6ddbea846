using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Validation.Sheets;

/// <summary>A data row of a table sheet, read column by column; every problem is reported with its location.</summary>
public sealed class TableRow
{
    private readonly IssueCollector _issues;
    private readonly ColumnMap _columns;
    private readonly SheetRow _row;
    private readonly List<LocatedCell> _cells = [];
    private bool _rowError;

    internal TableRow(IssueCollector issues, string sheet, ColumnMap columns, SheetRow row)
    {
        _issues = issues;
        _columns = columns;
        _row = row;
        Sheet = sheet;
    }

    public string Sheet { get; }

    public int RowNumber => _row.RowNumber;

    /// <summary>True once an error was reported for any cell of the row or for the row itself.</summary>
    public bool HasErrors => _rowError || _cells.Any(c => c.HasError);

    /// <summary>True when the file has this column.</summary>
    public bool Has(ColumnDefinition column) => _columns.Find(column) is not null;

    /// <summary>The cell of a column, located, or null when the file lacks the column (already reported if required).</summary>
    public LocatedCell? Cell(ColumnDefinition column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var header = _columns.Find(column);
        if (header is null)
        {
            return null;
        }

        var cell = new LocatedCell(_issues, Sheet, RowNumber, header.ColumnIndex, header.Text, column, _row[header.ColumnIndex]);
        _cells.Add(cell);
        return cell;
    }

    public int? Integer(ColumnDefinition column) => Cell(column)?.Integer();

    public decimal? Decimal(ColumnDefinition column) => Cell(column)?.Decimal();

    public decimal? Money(ColumnDefinition column) => Cell(column)?.Money();

    /// <summary>The date of a column; the messages' example date falls in <paramref name="year"/> when it is known.</summary>
    public DateOnly? Date(ColumnDefinition column, int? year = null) => Cell(column)?.Date(year);

    /// <summary>Yes/no; blank or absent column is false; null when invalid.</summary>
    public bool? YesNo(ColumnDefinition column) => Cell(column) is { } cell ? cell.YesNo() : false;

    public string? Text(ColumnDefinition column) => Cell(column)?.Text();

    public TEnum? Enum<TEnum>(ColumnDefinition column, Workbooks.CellValues.EnumVocabulary<TEnum> vocabulary)
        where TEnum : struct, System.Enum => Cell(column)?.Enum(vocabulary);

    /// <summary>Reports an error about the row as a whole.</summary>
    public void RowError(string code, string fragment)
    {
        _rowError = true;
        _issues.AddRowIssue(Severity.Error, code, Sheet, RowNumber, fragment);
    }

    /// <summary>Reports an error on a column's cell of this row (row-level when the file lacks the column).</summary>
    public void CellError(ColumnDefinition column, string code, string fragment)
    {
        var header = _columns.Find(column);
        if (header is null)
        {
            RowError(code, fragment);
            return;
        }

        _rowError = true;
        _issues.AddCellIssue(Severity.Error, code, Sheet, RowNumber, header.ColumnIndex, header.Text, Workbooks.CellValues.CellValueParser.Display(_row[header.ColumnIndex]), fragment);
    }
}
