using System.Globalization;
using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Validation.Sheets;

/// <summary>
/// Collects every problem of one workbook, with its location, and builds the French message in the spec's style:
/// <c>Formations, ligne 7, colonne D (Salariés formés) : « douze » n'est pas un nombre entier. Saisissez un nombre, par exemple 12.</c>
/// </summary>
public sealed class IssueCollector
{
    private readonly List<Entry> _entries = [];
    private readonly List<string> _sheetOrder = [];

    /// <summary>Creates a collector; issues are sorted by the sheets' order in the workbook, then row, then column.</summary>
    /// <param name="sheetOrder">The sheet names as written, in workbook order.</param>
    public IssueCollector(IEnumerable<string> sheetOrder)
    {
        ArgumentNullException.ThrowIfNull(sheetOrder);
        _sheetOrder.AddRange(sheetOrder);
    }

    public bool HasErrors => _entries.Any(e => e.Issue.Severity == Severity.Error);

    /// <summary>A problem of the whole file.</summary>
    public void AddFileIssue(Severity severity, string code, string message) =>
        Add(new ValidationIssue(severity, code, message), null);

    /// <summary>A problem of a whole sheet: <c>Rencontres : …</c>.</summary>
    public void AddSheetIssue(Severity severity, string code, string sheet, string fragment, int? row = null, string? header = null) =>
        Add(new ValidationIssue(severity, code, $"{sheet} : {fragment}", sheet, row, null, header), null);

    /// <summary>A problem of a row: <c>Rencontres, ligne 5 : …</c>.</summary>
    public void AddRowIssue(Severity severity, string code, string sheet, int row, string fragment) =>
        Add(new ValidationIssue(severity, code, $"{sheet}, ligne {Number(row)} : {fragment}", sheet, row), null);

    /// <summary>A problem of a cell: <c>Formations, ligne 7, colonne D (Salariés formés) : …</c>.</summary>
    public void AddCellIssue(Severity severity, string code, string sheet, int row, int columnIndex, string header, string? value, string fragment)
    {
        var letter = CellReference.ColumnLetters(columnIndex);
        Add(
            new ValidationIssue(severity, code, $"{sheet}, ligne {Number(row)}, colonne {letter} ({header}) : {fragment}", sheet, row, letter, header, value),
            columnIndex);
    }

    /// <summary>Every issue, in sheet, row and column order (file-level issues first).</summary>
    public IReadOnlyList<ValidationIssue> ToList() =>
        _entries
            .OrderBy(e => e.Issue.Sheet is null ? -1 : SheetIndex(e.Issue.Sheet))
            .ThenBy(e => e.Issue.Row ?? 0)
            .ThenBy(e => e.ColumnIndex ?? -1)
            .ThenBy(e => e.Sequence)
            .Select(e => e.Issue)
            .ToArray();

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private int SheetIndex(string sheet)
    {
        var index = _sheetOrder.IndexOf(sheet);
        return index < 0 ? int.MaxValue : index;
    }

    private void Add(ValidationIssue issue, int? columnIndex) => _entries.Add(new Entry(IssueLimits.Bound(issue), columnIndex, _entries.Count));

    private sealed record Entry(ValidationIssue Issue, int? ColumnIndex, int Sequence);
}
