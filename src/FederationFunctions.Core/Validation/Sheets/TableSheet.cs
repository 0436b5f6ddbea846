namespace FederationFunctions.Core.Validation.Sheets;

/// <summary>A table sheet once its header row is found: the data rows to read (blank and total rows already left out).</summary>
public sealed record TableSheet(string Name, HeaderRow? Header, IReadOnlyList<TableRow> Rows);
