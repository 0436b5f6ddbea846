using FederationFunctions.Core.Model;

namespace FederationFunctions.Core.Validation;

/// <summary>Reads and validates one uploaded workbook on its own (no reference, no storage).</summary>
public interface IWorkbookChecker
{
    /// <summary>Checks a centre workbook. A refused file gives a single file-level error issue.</summary>
    /// <param name="content">The file's bytes (need not be seekable).</param>
    /// <param name="fileName">The uploaded file name (messages; extension is only a hint).</param>
    /// <param name="expectedStructureCode">The folder's structure code; the workbook's must equal it. Null when checking offline.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    Task<ValidationResult<CentreWorkbook>> CheckCentreWorkbookAsync(Stream content, string fileName, string? expectedStructureCode, CancellationToken cancellationToken);

    /// <summary>Checks a reference workbook. <paramref name="expectedYear"/> is the <c>{year}</c> folder; null offline.</summary>
    Task<ValidationResult<ReferenceWorkbook>> CheckReferenceWorkbookAsync(Stream content, string fileName, int? expectedYear, CancellationToken cancellationToken);
}
