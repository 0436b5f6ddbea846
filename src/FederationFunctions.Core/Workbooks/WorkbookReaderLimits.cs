namespace FederationFunctions.Core.Workbooks;

/// <summary>The limits of <c>centre-workbook-v1.md</c> § File.</summary>
public sealed record WorkbookReaderLimits
{
    public static WorkbookReaderLimits Default { get; } = new();

    /// <summary>Largest accepted file, in bytes (10 MB).</summary>
    public long MaxFileBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>Largest total uncompressed size of the package's parts, in bytes (100 MB).</summary>
    public long MaxExpandedBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>Most data rows in one sheet (5,000).</summary>
    public int MaxDataRowsPerSheet { get; init; } = 5_000;
}
