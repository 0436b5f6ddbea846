namespace FederationFunctions.Core.Reports.Excel;

/// <summary>How a table row stands out.</summary>
internal enum RowEmphasis
{
    Normal,
    /// <summary>A group heading inside a table (bold, shaded).</summary>
    Heading,
    /// <summary>A total (bold, top border).</summary>
    Total,
}

/// <summary>One row of a report table.</summary>
internal sealed record ReportRow(IReadOnlyList<ReportCell> Cells, RowEmphasis Emphasis = RowEmphasis.Normal)
{
    public static ReportRow Of(params ReportCell[] cells) => new(cells);

    public static ReportRow TotalOf(params ReportCell[] cells) => new(cells, RowEmphasis.Total);

    public static ReportRow HeadingOf(params ReportCell[] cells) => new(cells, RowEmphasis.Heading);
}
