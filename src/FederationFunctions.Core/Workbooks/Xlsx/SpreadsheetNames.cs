using System.Xml;

namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>
/// The element and attribute names the hot loops compare, atomized in the package's name table so that a name read
/// by the XmlReader can be compared by reference.
/// </summary>
internal sealed class SpreadsheetNames
{
    public SpreadsheetNames(XmlNameTable nameTable)
    {
        Row = nameTable.Add("row");
        Cell = nameTable.Add("c");
        Value = nameTable.Add("v");
        Formula = nameTable.Add("f");
        InlineString = nameTable.Add("is");
        Text = nameTable.Add("t");
        Reference = nameTable.Add("r");
        Style = nameTable.Add("s");
        SheetData = nameTable.Add("sheetData");
        MergeCells = nameTable.Add("mergeCells");
        MergeCell = nameTable.Add("mergeCell");
        Worksheet = nameTable.Add("worksheet");
    }

    public string Row { get; }

    public string Cell { get; }

    public string Value { get; }

    public string Formula { get; }

    public string InlineString { get; }

    public string Text { get; }

    public string Reference { get; }

    public string Style { get; }

    public string SheetData { get; }

    public string MergeCells { get; }

    public string MergeCell { get; }

    public string Worksheet { get; }
}
