namespace FederationFunctions.Core.Workbooks.CellValues;

/// <summary>The value kinds of <c>centre-workbook-v1.md</c> § Cell values.</summary>
public enum ColumnKind
{
    Integer,
    Decimal,
    Money,
    Date,
    YesNo,
    Text,
    Enum,
}
