namespace FederationFunctions.Core.Validation.Sheets;

/// <summary>A form sheet's fields found in the file: for each, the located value cell (label's row, first non-blank cell to the right, or column B when none).</summary>
public sealed class FormSheet
{
    private readonly Dictionary<ColumnDefinition, LocatedCell> _fields;

    internal FormSheet(string name, Dictionary<ColumnDefinition, LocatedCell> fields)
    {
        Name = name;
        _fields = fields;
    }

    public string Name { get; }

    /// <summary>The value cell of a field, or null when the label is absent (already reported when required).</summary>
    public LocatedCell? Field(ColumnDefinition field) => _fields.GetValueOrDefault(field);
}
