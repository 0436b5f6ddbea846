namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>Which cell formats (<c>cellXfs</c> indexes, the cells' <c>s</c> attribute) show numbers as dates or times.</summary>
internal sealed class CellStyles(bool[] dateFormattedByStyleIndex)
{
    public static CellStyles None { get; } = new([]);

    public bool IsDateFormatted(int styleIndex) =>
        (uint)styleIndex < (uint)dateFormattedByStyleIndex.Length && dateFormattedByStyleIndex[styleIndex];
}
