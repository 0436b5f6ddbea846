namespace FederationFunctions.Core.Validation.Sheets;

/// <summary>A non-blank cell of a header row: its 0-based column index and its text as written (white space folded).</summary>
public sealed record HeaderCell(int ColumnIndex, string Text);
