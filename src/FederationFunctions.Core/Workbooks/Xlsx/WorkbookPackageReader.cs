namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>
/// Reads the worksheets of an opened package: the workbook part, its relationships, shared strings, styles,
/// then each worksheet in workbook order (chart sheets, dialog sheets and macro sheets are left out). A worksheet the caller
/// does not read (<paramref name="readsSheet"/>) is parsed for the row limit only and listed without rows.
/// </summary>
internal sealed class WorkbookPackageReader(OoxmlPackage package, string workbookPart, WorkbookReaderLimits limits, Func<string, bool>? readsSheet = null)
{
    /// <summary>Rows a sheet may hold beyond the data-row limit (titles, headers, notes); the validator applies the exact rule.</summary>
    public const int RowAllowanceBeyondDataRows = 10;

    public WorkbookReadResult Read(string displayName, CancellationToken cancellationToken)
    {
        WorkbookPartContent content;
        using (var workbookReader = package.OpenXml(workbookPart) ?? throw new InvalidDataException("The workbook part is missing."))
        {
            content = WorkbookPartParser.Parse(workbookReader, cancellationToken);
        }

        var entries = content.Sheets;

        // A hand-made package may repeat an id: the first relationship written wins, as the sheet list is read in order.
        var relationships = new Dictionary<string, PackageRelationship>(StringComparer.Ordinal);
        foreach (var relationship in package.ReadRelationships(workbookPart))
        {
            relationships.TryAdd(relationship.Id, relationship);
        }

        var folder = OoxmlPackage.FolderOf(workbookPart);
        var sharedStrings = ReadSharedStrings(relationships.Values, folder, cancellationToken);
        var styles = ReadStyles(relationships.Values, folder, cancellationToken);

        var maxNonBlankRows = limits.MaxDataRowsPerSheet + RowAllowanceBeyondDataRows;
        var dateSerialOffset = content.UsesDate1904 ? WorkbookPartContent.Date1904Offset : 0;
        var parser = new WorksheetPartParser(new SpreadsheetNames(package.NameTable), sharedStrings, styles, maxNonBlankRows, dateSerialOffset);
        var sheets = new List<SheetData>(entries.Count);
        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!relationships.TryGetValue(entry.RelationshipId, out var relationship)
                || !relationship.HasType("worksheet")
                || relationship.TargetPart is null)
            {
                continue;
            }

            // Asked only once the part is known to be a worksheet, so that a dialog or macro sheet bearing a data sheet's
            // name does not take the place of the worksheet of that name that follows it.
            var sheet = ReadWorksheet(relationship.TargetPart, parser, readsSheet is null ? null : () => readsSheet(entry.Name), cancellationToken);
            if (sheet.TooManyRows)
            {
                return WorkbookReadResult.Refused(FileRefusals.TooManyRows(entry.Name, limits.MaxDataRowsPerSheet));
            }

            if (sheet.IsWorksheet)
            {
                sheets.Add(new SheetData(entry.Name, sheet.Rows, sheet.MergedRanges));
            }
        }

        return sheets.Count == 0 && entries.Count == 0
            ? WorkbookReadResult.Refused(FileRefusals.NotAWorkbook(displayName))
            : WorkbookReadResult.Success(new WorkbookData(sheets));
    }

    private WorksheetReadResult ReadWorksheet(string part, WorksheetPartParser parser, Func<bool>? keepCells, CancellationToken cancellationToken)
    {
        using var sheetReader = package.OpenXml(part) ?? throw new InvalidDataException("A worksheet part named by the workbook is missing.");
        return parser.Parse(sheetReader, cancellationToken, keepCells);
    }

    private IReadOnlyList<string> ReadSharedStrings(IEnumerable<PackageRelationship> relationships, string folder, CancellationToken cancellationToken)
    {
        var part = PartOfType(relationships, "sharedStrings", folder + "sharedStrings.xml");
        using var reader = part is null ? null : package.OpenXml(part);
        return reader is null ? [] : SharedStringsPartParser.Parse(reader, cancellationToken);
    }

    private CellStyles ReadStyles(IEnumerable<PackageRelationship> relationships, string folder, CancellationToken cancellationToken)
    {
        var part = PartOfType(relationships, "styles", folder + "styles.xml");
        using var reader = part is null ? null : package.OpenXml(part);
        return reader is null ? CellStyles.None : StylesPartParser.Parse(reader, cancellationToken);
    }

    private string? PartOfType(IEnumerable<PackageRelationship> relationships, string typeSuffix, string conventionalPart)
    {
        var target = relationships.FirstOrDefault(r => r.HasType(typeSuffix) && r.TargetPart is not null && package.Contains(r.TargetPart))?.TargetPart;
        return target ?? (package.Contains(conventionalPart) ? conventionalPart : null);
    }
}
