namespace FederationFunctions.Core.Validation.Sheets;

/// <summary>Which file column holds which defined column, once the header row is known.</summary>
public sealed class ColumnMap
{
    private readonly Dictionary<ColumnDefinition, HeaderCell> _columns;

    internal ColumnMap(
        Dictionary<ColumnDefinition, HeaderCell> columns,
        IReadOnlyList<HeaderCell> unknown,
        IReadOnlyList<(HeaderCell Duplicate, HeaderCell First, ColumnDefinition Column)> duplicates,
        IReadOnlyList<ColumnDefinition> missingRequired)
    {
        _columns = columns;
        Unknown = unknown;
        Duplicates = duplicates;
        MissingRequired = missingRequired;
    }

    /// <summary>Header cells that name no defined column (ignored, with a warning).</summary>
    public IReadOnlyList<HeaderCell> Unknown { get; }

    /// <summary>Header cells naming a column already named further left (an error: which one counts would be a guess).</summary>
    public IReadOnlyList<(HeaderCell Duplicate, HeaderCell First, ColumnDefinition Column)> Duplicates { get; }

    /// <summary>Required columns the header row does not name.</summary>
    public IReadOnlyList<ColumnDefinition> MissingRequired { get; }

    /// <summary>Number of defined columns found.</summary>
    public int Count => _columns.Count;

    /// <summary>The 0-based indexes of the file columns that hold a defined column.</summary>
    public IEnumerable<int> MappedColumnIndexes => _columns.Values.Select(c => c.ColumnIndex);

    /// <summary>The header cell of a defined column, or null when the column is absent.</summary>
    public HeaderCell? Find(ColumnDefinition column) => _columns.GetValueOrDefault(column);

    internal static ColumnMap Build(SheetDefinition definition, IReadOnlyList<HeaderCell> headerCells)
    {
        var columns = new Dictionary<ColumnDefinition, HeaderCell>(ReferenceEqualityComparer.Instance);
        var unknown = new List<HeaderCell>();
        var duplicates = new List<(HeaderCell, HeaderCell, ColumnDefinition)>();
        foreach (var cell in headerCells)
        {
            var column = definition.FindColumn(cell.Text);
            if (column is null)
            {
                unknown.Add(cell);
            }
            else if (columns.TryGetValue(column, out var first))
            {
                duplicates.Add((cell, first, column));
            }
            else
            {
                columns[column] = cell;
            }
        }

        var missing = definition.RequiredColumns.Where(c => !columns.ContainsKey(c)).ToArray();
        return new ColumnMap(columns, unknown, duplicates, missing);
    }
}
