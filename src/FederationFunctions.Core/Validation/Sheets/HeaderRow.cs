namespace FederationFunctions.Core.Validation.Sheets;

/// <summary>A table's header row: its Excel row number and what each column holds.</summary>
public sealed record HeaderRow(int RowNumber, ColumnMap Columns);
