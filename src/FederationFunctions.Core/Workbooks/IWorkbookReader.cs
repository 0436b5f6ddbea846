namespace FederationFunctions.Core.Workbooks;

/// <summary>Reads the cells of an uploaded workbook, refusing files the spec refuses.</summary>
public interface IWorkbookReader
{
    /// <summary>Reads a workbook from a stream (which need not be seekable).</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="fileName">The file name, used only for messages and as a hint (content decides).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<WorkbookReadResult> ReadAsync(Stream content, string fileName, CancellationToken cancellationToken);

    /// <summary>
    /// Reads a workbook keeping the cells of the sheets <paramref name="readsSheet"/> chooses only (asked once per worksheet, in
    /// workbook order): the others are listed by name, without rows, and still refused past the row limit. A caller that
    /// ignores most sheets (the checker) then holds only what it reads, however many sheets a file brings.
    /// </summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="fileName">The file name, used only for messages and as a hint (content decides).</param>
    /// <param name="readsSheet">Whether the caller reads a sheet, by name; null reads every sheet.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<WorkbookReadResult> ReadAsync(Stream content, string fileName, Func<string, bool>? readsSheet, CancellationToken cancellationToken) =>
        ReadAsync(content, fileName, cancellationToken);
}
