using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Validation.Sheets;

/// <summary>A merged cell range such as <c>A1:C2</c>: rows 1-based, columns 0-based, bounds inclusive.</summary>
internal readonly record struct MergedRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn)
{
    /// <summary>Parses <c>A1:C2</c> (or a single cell); false when it is not a valid range.</summary>
    public static bool TryParse(string range, out MergedRange merged)
    {
        merged = default;
        var parts = range.Split(':');
        if (parts.Length is < 1 or > 2
            || !CellReference.TryParse(parts[0], out var firstColumn, out var firstRow)
            || !CellReference.TryParse(parts[^1], out var lastColumn, out var lastRow))
        {
            return false;
        }

        merged = new MergedRange(
            Math.Min(firstRow, lastRow),
            Math.Min(firstColumn, lastColumn),
            Math.Max(firstRow, lastRow),
            Math.Max(firstColumn, lastColumn));
        return true;
    }
}
