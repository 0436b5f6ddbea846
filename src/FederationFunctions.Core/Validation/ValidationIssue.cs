namespace FederationFunctions.Core.Validation;

/// <summary>One problem found in an upload, located as a person finds it in Excel.</summary>
/// <param name="Severity">Error (rejects), warning, or information (never changes the outcome).</param>
/// <param name="Code">A stable machine code, e.g. <c>INTEGER_INVALID</c>, <c>REQUIRED_COLUMN_MISSING</c>, <c>FILE_LEGACY_XLS</c>.</param>
/// <param name="Message">The full French message, with location and how to fix it, e.g.
/// <c>Formations, ligne 7, colonne D (Salariés formés) : « douze » n'est pas un nombre entier. Saisissez un nombre, par exemple 12.</c></param>
/// <param name="Sheet">Sheet name as written in the file, or null for a file-level problem.</param>
/// <param name="Row">Row number as Excel shows it, or null.</param>
/// <param name="Column">Column letter(s), e.g. <c>D</c>, or null.</param>
/// <param name="Header">The column header or form label as written in the file, or null.</param>
/// <param name="Value">The value read, as displayed, or null.</param>
public sealed record ValidationIssue(
    Severity Severity,
    string Code,
    string Message,
    string? Sheet = null,
    int? Row = null,
    string? Column = null,
    string? Header = null,
    string? Value = null);
