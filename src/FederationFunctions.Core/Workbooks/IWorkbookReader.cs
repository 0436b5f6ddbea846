namespace FederationFunctions.Core.Workbooks;

/// <summary>Reads the cells of an uploaded workbook, refusing files the spec refuses.</summary>
public interface IWorkbookReader
{
    /// <summary>Reads a workbook from a stream (which need not be seekable).</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="fileName">The file name, used only for messages and as a hint (content decides).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<WorkbookReadResult> ReadAsync(Stream content, string fileName, CancellationToken cancellationToken);
}
