namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>Which cell formats (<c>cellXfs</c> indexes, the cells' <c>s</c> attribute) show numbers as dates or times.</summary>
internal sealed class CellStyles(bool[] dateFormattedByStyleIndex)
{
    public static CellStyles None { get; } = new([]);

    /// <summary>True when at least one cell format is a date or time format.</summary>
    public bool HasDateFormats { get; } = Array.IndexOf(dateFormattedByStyleIndex, true) >= 0;

    public bool IsDateFormatted(int styleIndex) =>
        (uint)styleIndex < (uint)dateFormattedByStyleIndex.Length && dateFormattedByStyleIndex[styleIndex];
}
