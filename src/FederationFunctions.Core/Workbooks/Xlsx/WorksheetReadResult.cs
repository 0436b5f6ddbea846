namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>A worksheet part read: its rows and merged ranges, or a sign that it is not a worksheet or has too many rows.</summary>
internal sealed record WorksheetReadResult(IReadOnlyList<SheetRow> Rows, IReadOnlyList<string> MergedRanges, bool IsWorksheet, bool TooManyRows)
{
    public static WorksheetReadResult NotAWorksheet { get; } = new([], [], IsWorksheet: false, TooManyRows: false);

    public static WorksheetReadResult RowLimitPassed { get; } = new([], [], IsWorksheet: true, TooManyRows: true);
}
