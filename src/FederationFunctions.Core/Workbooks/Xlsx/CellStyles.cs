namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>Which cell formats (<c>cellXfs</c> indexes, the cells' <c>s</c> attribute) show numbers as dates or times.</summary>
internal sealed class CellStyles(IReadOnlyList<bool> dateFormattedByStyleIndex)
{
    public static CellStyles None { get; } = new([]);

    public bool IsDateFormatted(int styleIndex) =>
        styleIndex >= 0 && styleIndex < dateFormattedByStyleIndex.Count && dateFormattedByStyleIndex[styleIndex];
}
