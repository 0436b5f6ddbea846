using System.Globalization;
using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Validation.Sheets;

/// <summary>
/// Reads a table sheet's layout (<c>centre-workbook-v1.md</c> § Tables): header row, unknown, duplicate and missing
/// columns, blank rows skipped, total rows ignored with a warning, and the row limit.
/// </summary>
public static class TableSheetReader
{
    public static TableSheet Read(SheetData sheet, SheetDefinition definition, IssueCollector issues, int maxDataRows)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(issues);
        if (sheet.Rows.All(r => r.IsBlank))
        {
            return new TableSheet(sheet.Name, null, []);
        }

        var header = HeaderRowLocator.Locate(sheet, definition);
        if (header is null)
        {
            issues.AddSheetIssue(
                Severity.Error,
                IssueCodes.HeaderRowNotFound,
                sheet.Name,
                string.Format(
                    CultureInfo.InvariantCulture,
                    "aucune ligne d'en-tête trouvée dans les {0} premières lignes. Écrivez sur une même ligne les en-têtes des colonnes : {1}.",
                    HeaderRowLocator.SearchedRows,
                    string.Join(", ", definition.Columns.Select(c => c.FrenchHeader))));
            return new TableSheet(sheet.Name, null, []);
        }

        ReportColumns(sheet.Name, definition, header, issues);

        var dataRows = sheet.Rows.Where(r => r.RowNumber > header.RowNumber && !r.IsBlank).ToArray();

        // Total rows are ignored, not data: 5,000 data rows and their total row are within the limit.
        var dataRowCount = dataRows.Count(r => !IsTotalRow(r));
        if (dataRowCount > maxDataRows)
        {
            issues.AddSheetIssue(
                Severity.Error,
                IssueCodes.SheetTooManyRows,
                sheet.Name,
                string.Format(
                    FrenchText.Culture,
                    "la feuille contient {0:N0} lignes de données, la limite est {1:N0}. Supprimez les lignes en trop ou regroupez-les.",
                    dataRowCount,
                    maxDataRows));
            return new TableSheet(sheet.Name, header, []);
        }

        var rows = new List<TableRow>(dataRows.Length);
        foreach (var row in dataRows)
        {
            if (IsTotalRow(row))
            {
                issues.AddRowIssue(
                    Severity.Warning,
                    IssueCodes.TotalRowIgnored,
                    sheet.Name,
                    row.RowNumber,
                    "ligne de total ignorée : les totaux sont toujours recalculés, jamais lus. Vous pouvez la supprimer.");
                continue;
            }

            if (header.Columns.MappedColumnIndexes.All(column => row[column].IsBlank))
            {
                // Only notes in ignored columns (already reported as unknown, or without a header): no data to read.
                continue;
            }

            rows.Add(new TableRow(issues, sheet.Name, header.Columns, row));
        }

        return new TableSheet(sheet.Name, header, rows);
    }

    /// <summary>
    /// True when the row's first non-blank cell is text starting with « Total » or « Sous-total », compared on the
    /// header-normalised form (any case, accents, spaces or hyphens: <c>TOTAL</c>, <c>Sous total</c>, <c>Total général</c>).
    /// </summary>
    public static bool IsTotalRow(SheetRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var first = row.Cells.FirstOrDefault(c => !c.IsBlank);
        if (first.Kind != CellKind.Text)
        {
            return false;
        }

        var folded = HeaderNormalizer.FoldToLettersAndDigits(first.Text);
        return folded.StartsWith("total", StringComparison.Ordinal) || folded.StartsWith("soustotal", StringComparison.Ordinal);
    }

    private static void ReportColumns(string sheet, SheetDefinition definition, HeaderRow header, IssueCollector issues)
    {
        var expected = string.Join(", ", definition.Columns.Select(c => c.FrenchHeader));
        foreach (var unknown in header.Columns.Unknown)
        {
            issues.AddCellIssue(
                Severity.Warning,
                IssueCodes.UnknownColumn,
                sheet,
                header.RowNumber,
                unknown.ColumnIndex,
                unknown.Text,
                unknown.Text,
                $"colonne inconnue, ignorée. Si elle doit être lue, donnez-lui un des en-têtes attendus : {expected}.");
        }

        foreach (var (duplicate, first, column) in header.Columns.Duplicates)
        {
            issues.AddCellIssue(
                Severity.Error,
                IssueCodes.DuplicateColumn,
                sheet,
                header.RowNumber,
                duplicate.ColumnIndex,
                duplicate.Text,
                duplicate.Text,
                $"cette colonne reprend « {column.FrenchHeader} », déjà donnée en colonne {CellReference.ColumnLetters(first.ColumnIndex)} ({first.Text}). Gardez une seule de ces deux colonnes.");
        }

        foreach (var missing in header.Columns.MissingRequired)
        {
            issues.AddSheetIssue(
                Severity.Error,
                IssueCodes.RequiredColumnMissing,
                sheet,
                string.Format(
                    CultureInfo.InvariantCulture,
                    "la colonne obligatoire « {0} » est absente de la ligne d'en-tête (ligne {1}). Ajoutez-la (en-têtes acceptés : {2}).",
                    missing.FrenchHeader,
                    header.RowNumber,
                    string.Join(", ", missing.Alternatives.Prepend(missing.FrenchHeader))),
                header.RowNumber,
                missing.FrenchHeader);
        }
    }
}
