using System.Collections;
using System.Runtime.InteropServices;

namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>
/// The cells of a row as an indexable list (index 0 = column A, up to the last non-blank cell) that stores only the
/// cells present: a row with one value in column XFD costs one cell, not 16,384.
/// </summary>
internal sealed class RowCells : IReadOnlyList<CellValue>
{
    private readonly int[] _columns;
    private readonly CellValue[] _values;

    private RowCells(int[] columns, CellValue[] values, int count)
    {
        _columns = columns;
        _values = values;
        Count = count;
    }

    public int Count { get; }

    public CellValue this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var position = Array.BinarySearch(_columns, index);
            return position >= 0 ? _values[position] : CellValue.Blank;
        }
    }

    /// <summary>
    /// Builds the cells of a row from (column, value) pairs in any order (a later duplicate column wins), dropping
    /// trailing blanks. A dense row becomes an array; a sparse one a <see cref="RowCells"/>.
    /// </summary>
    public static IReadOnlyList<CellValue> Build(List<(int Column, CellValue Value)> cells)
    {
        var lastNonBlank = -1;
        var ordered = true;
        var previousColumn = -1;
        foreach (ref readonly var cell in CollectionsMarshal.AsSpan(cells))
        {
            if (cell.Column > lastNonBlank && !cell.Value.IsBlank)
            {
                lastNonBlank = cell.Column;
            }

            ordered &= cell.Column > previousColumn;
            previousColumn = cell.Column;
        }

        if (lastNonBlank < 0)
        {
            return [];
        }

        var count = lastNonBlank + 1;
        if (count <= (2 * cells.Count) + 16)
        {
            var dense = new CellValue[count];
            foreach (ref readonly var cell in CollectionsMarshal.AsSpan(cells))
            {
                if (cell.Column < count)
                {
                    dense[cell.Column] = cell.Value;
                }
            }

            return dense;
        }

        if (!ordered)
        {
            var byColumn = new SortedDictionary<int, CellValue>();
            foreach (var (column, value) in cells)
            {
                byColumn[column] = value;
            }

            cells = [.. byColumn.Select(pair => (pair.Key, pair.Value))];
        }

        var kept = cells.Where(cell => cell.Column < count && cell.Value.Kind != CellKind.Blank).ToArray();
        return new RowCells([.. kept.Select(cell => cell.Column)], [.. kept.Select(cell => cell.Value)], count);
    }

    /// <summary>The non-blank cells of a row built by <see cref="Build"/>, with their columns, without walking a sparse row's gaps.</summary>
    public static IEnumerable<(int Column, CellValue Value)> NonBlankCells(IReadOnlyList<CellValue> cells)
    {
        if (cells is RowCells sparse)
        {
            for (var i = 0; i < sparse._columns.Length; i++)
            {
                yield return (sparse._columns[i], sparse._values[i]);
            }

            yield break;
        }

        for (var column = 0; column < cells.Count; column++)
        {
            if (!cells[column].IsBlank)
            {
                yield return (column, cells[column]);
            }
        }
    }

    public IEnumerator<CellValue> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
