using FederationFunctions.Core.Model;
using FederationFunctions.Core.Validation.Centre;
using FederationFunctions.Core.Validation.Reference;
using FederationFunctions.Core.Validation.Sheets;
using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Validation;

/// <summary>
/// Reads an uploaded workbook with the injected reader, turns a refused file into one file-level error, then validates;
/// a centre workbook also gets the reference remarks when its year's reference is known (<see cref="IYearReferenceSource"/>).
/// </summary>
public sealed class WorkbookChecker : IWorkbookChecker
{
    private readonly IWorkbookReader _reader;
    private readonly CentreWorkbookValidator _centreValidator;
    private readonly ReferenceWorkbookValidator _referenceValidator;
    private readonly IYearReferenceSource _references;

    /// <param name="reader">Reads the file's cells.</param>
    /// <param name="limits">The reader's limits (rows per sheet).</param>
    /// <param name="references">The reference of a centre workbook's year, for the reference remarks; none when null.</param>
    public WorkbookChecker(IWorkbookReader reader, WorkbookReaderLimits? limits = null, IYearReferenceSource? references = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _reader = reader;
        _references = references ?? YearReferenceSources.None;
        _centreValidator = new CentreWorkbookValidator(limits);
        _referenceValidator = new ReferenceWorkbookValidator(limits);
    }

    public async Task<ValidationResult<CentreWorkbook>> CheckCentreWorkbookAsync(
        Stream content,
        string fileName,
        string? expectedStructureCode,
        CancellationToken cancellationToken)
    {
        CentreRowsRead? rows = null;
        var result = await CheckAsync(
            content,
            fileName,
            CentreWorkbookFormat.Sheets,
            workbook =>
            {
                (var validated, rows) = _centreValidator.ValidateAndRead(workbook, expectedStructureCode);
                return validated;
            },
            cancellationToken).ConfigureAwait(false);
        if (rows is not null && result.DeclaredYear is { } year
            && await _references.FindAsync(year, cancellationToken).ConfigureAwait(false) is { } reference)
        {
            return CentreWorkbookValidator.WithReferenceRemarks(result, rows, reference);
        }

        return result;
    }

    public Task<ValidationResult<ReferenceWorkbook>> CheckReferenceWorkbookAsync(
        Stream content,
        string fileName,
        int? expectedYear,
        CancellationToken cancellationToken)
        => CheckAsync(content, fileName, ReferenceWorkbookFormat.Sheets, workbook => _referenceValidator.Validate(workbook, expectedYear), cancellationToken);

    private async Task<ValidationResult<T>> CheckAsync<T>(
        Stream content,
        string fileName,
        IReadOnlyList<SheetDefinition> sheets,
        Func<WorkbookData, ValidationResult<T>> validate,
        CancellationToken cancellationToken)
        where T : class
    {
        var read = await _reader.ReadAsync(content, fileName, FirstSheetOfEach(sheets), cancellationToken);
        return read.Succeeded
            ? validate(read.Workbook)
            : new ValidationResult<T>(null, [ToIssue(read.Refusal)]);
    }

    /// <summary>
    /// Which sheets the validator reads: the first one matching each defined sheet, as <see cref="WorkbookSheets"/> resolves
    /// them (a later one naming the same sheet is an error by its name alone; any other sheet is ignored).
    /// </summary>
    private static Func<string, bool> FirstSheetOfEach(IReadOnlyList<SheetDefinition> sheets)
    {
        var found = new HashSet<SheetDefinition>(ReferenceEqualityComparer.Instance);
        return name => sheets.FirstOrDefault(d => d.Matches(name)) is { } definition && found.Add(definition);
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
