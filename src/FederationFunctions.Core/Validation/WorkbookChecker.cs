using FederationFunctions.Core.Model;
using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Validation;

/// <summary>Reads an uploaded workbook with the injected reader, turns a refused file into one file-level error, then validates.</summary>
public sealed class WorkbookChecker : IWorkbookChecker
{
    private readonly IWorkbookReader _reader;
    private readonly CentreWorkbookValidator _centreValidator;
    private readonly ReferenceWorkbookValidator _referenceValidator;

    public WorkbookChecker(IWorkbookReader reader, WorkbookReaderLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _reader = reader;
        _centreValidator = new CentreWorkbookValidator(limits);
        _referenceValidator = new ReferenceWorkbookValidator(limits);
    }

    public Task<ValidationResult<CentreWorkbook>> CheckCentreWorkbookAsync(
        Stream content,
        string fileName,
        string? expectedStructureCode,
        CancellationToken cancellationToken)
        => CheckAsync(content, fileName, workbook => _centreValidator.Validate(workbook, expectedStructureCode), cancellationToken);

    public Task<ValidationResult<ReferenceWorkbook>> CheckReferenceWorkbookAsync(
        Stream content,
        string fileName,
        int? expectedYear,
        CancellationToken cancellationToken)
        => CheckAsync(content, fileName, workbook => _referenceValidator.Validate(workbook, expectedYear), cancellationToken);

    private async Task<ValidationResult<T>> CheckAsync<T>(
        Stream content,
        string fileName,
        Func<WorkbookData, ValidationResult<T>> validate,
        CancellationToken cancellationToken)
        where T : class
    {
        var read = await _reader.ReadAsync(content, fileName, cancellationToken);
        return read.Succeeded
            ? validate(read.Workbook)
            : new ValidationResult<T>(null, [ToIssue(read.Refusal)]);
    }

    /// <summary>The file-level error issue for a refused file, e.g. code <c>FILE_LEGACY_XLS</c>, with the refusal's French message.</summary>
    public static ValidationIssue ToIssue(FileRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return new ValidationIssue(Severity.Error, CodeOf(refusal.Reason), refusal.Message, refusal.Sheet);
    }

    /// <summary>The stable issue code of a refusal reason.</summary>
    public static string CodeOf(FileRefusalReason reason) => reason switch
    {
        FileRefusalReason.LegacyXls => "FILE_LEGACY_XLS",
        FileRefusalReason.OpenDocument => "FILE_OPEN_DOCUMENT",
        FileRefusalReason.Csv => "FILE_CSV",
        FileRefusalReason.NotAWorkbook => "FILE_NOT_A_WORKBOOK",
        FileRefusalReason.Encrypted => "FILE_ENCRYPTED",
        FileRefusalReason.TooLarge => "FILE_TOO_LARGE",
        FileRefusalReason.ExpandsTooMuch => "FILE_EXPANDS_TOO_MUCH",
        FileRefusalReason.TooManyRows => "FILE_TOO_MANY_ROWS",
        FileRefusalReason.Empty => "FILE_EMPTY",
        _ => "FILE_REFUSED",
    };
}
