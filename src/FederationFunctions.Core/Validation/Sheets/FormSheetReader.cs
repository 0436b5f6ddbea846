using System.Globalization;
using FederationFunctions.Core.Workbooks;
using FederationFunctions.Core.Workbooks.CellValues;

namespace FederationFunctions.Core.Validation.Sheets;

/// <summary>
/// Reads a form sheet (<c>centre-workbook-v1.md</c> § Form sheet): the label in column A is matched like a header;
/// the value is the first non-blank cell to its right. Rows whose label matches no field are ignored silently;
/// a field given twice is an error; a required field absent is an error.
/// </summary>
public static class FormSheetReader
{
    public static FormSheet Read(SheetData sheet, SheetDefinition definition, IssueCollector issues)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(issues);
        var fields = new Dictionary<ColumnDefinition, LocatedCell>(ReferenceEqualityComparer.Instance);
        foreach (var row in sheet.Rows)
        {
            var label = CellValueParser.ParseText(row[0]);
            if (!label.IsValid || definition.FindColumn(label.Value) is not { } field)
            {
                continue;
            }

            if (fields.TryGetValue(field, out var first))
            {
                issues.AddCellIssue(
                    Severity.Error,
                    IssueCodes.FieldDuplicate,
                    sheet.Name,
                    row.RowNumber,
                    0,
                    label.Value,
                    label.Value,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"le champ « {field.FrenchHeader} » est déjà donné ligne {first.Row}. Gardez une seule ligne « {field.FrenchHeader} »."));
                continue;
            }

            var valueColumn = 1;
            for (var column = 1; column < row.Cells.Count; column++)
            {
                if (!row[column].IsBlank)
                {
                    valueColumn = column;
                    break;
                }
            }

            fields[field] = new LocatedCell(issues, sheet.Name, row.RowNumber, valueColumn, label.Value, field, row[valueColumn]);
        }

        foreach (var missing in definition.Columns.Where(c => c.Required && !fields.ContainsKey(c)))
        {
            issues.AddSheetIssue(
                Severity.Error,
                IssueCodes.FieldMissing,
                sheet.Name,
                $"le champ obligatoire « {missing.FrenchHeader} » est absent. Ajoutez une ligne avec « {missing.FrenchHeader} » en colonne A et sa valeur en colonne B.",
                header: missing.FrenchHeader);
        }

        return new FormSheet(sheet.Name, fields);
    }
}
