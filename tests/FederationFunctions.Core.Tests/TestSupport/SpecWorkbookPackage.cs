using System.Globalization;
using System.Security;
using System.Text;
using FederationFunctions.Core.Tests.Workbooks;

namespace FederationFunctions.Core.Tests.TestSupport;

/// <summary>
/// A workbook built sheet by sheet and written as a minimal openpyxl-like package (no docProps, text as inline strings
/// or, on request, as a shared string table; a styles part with date formats). Row 1 is <c>Rows[0]</c>; a null row is blank.
/// Cell values: <see cref="string"/> (text), numbers, <see cref="RawCell"/>, or null (no cell).
/// </summary>
public sealed class SpecWorkbookPackage
{
    public const string Styles =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + RawPackageBuilder.MainNamespace + "\">"
        + "<numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/><numFmt numFmtId=\"165\" formatCode=\"[$-40C]d mmmm yyyy\"/>"
        + "<numFmt numFmtId=\"166\" formatCode=\"#,##0.00\\ &quot;€&quot;\"/></numFmts>"
        + "<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders>"
        + "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs><cellXfs count=\"6\"><xf numFmtId=\"0\"/>"
        + "<xf numFmtId=\"14\" applyNumberFormat=\"1\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/><xf numFmtId=\"165\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"166\" applyNumberFormat=\"1\"/><xf numFmtId=\"22\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>";

    private readonly List<Sheet> _sheets = [];

    public bool UseSharedStrings { get; set; }

    /// <summary>Extra zip entries (media, vbaProject.bin...), added as given.</summary>
    public List<(string Name, byte[] Content, System.IO.Compression.CompressionLevel Level)> ExtraEntries { get; } = [];

    public sealed class Sheet(string name)
    {
        public string Name { get; set; } = name;

        public List<object?[]?> Rows { get; } = [];

        public List<string> Merges { get; } = [];

        public Sheet Row(params object?[] cells)
        {
            Rows.Add(cells);
            return this;
        }

        public Sheet Blank()
        {
            Rows.Add(null);
            return this;
        }

        /// <summary>Sets one cell (1-based row, column letter), growing the sheet as needed.</summary>
        public Sheet Set(int row, string column, object? value)
        {
            while (Rows.Count < row)
            {
                Rows.Add(null);
            }

            var index = ColumnIndex(column);
            var cells = Rows[row - 1] ?? [];
            if (cells.Length <= index)
            {
                Array.Resize(ref cells, index + 1);
            }

            cells[index] = value;
            Rows[row - 1] = cells;
            return this;
        }

        /// <summary>Inserts rows above row 1 (titles); every existing row moves down.</summary>
        public Sheet InsertAbove(params object?[]?[] rows)
        {
            Rows.InsertRange(0, rows);
            return this;
        }
    }

    public Sheet AddSheet(string name)
    {
        var sheet = new Sheet(name);
        _sheets.Add(sheet);
        return sheet;
    }

    public Sheet this[string name] => _sheets.Single(s => s.Name == name);

    public void Remove(string name) => _sheets.RemoveAll(s => s.Name == name);

    public byte[] Build()
    {
        var shared = new List<string>();
        var sharedIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var parts = new List<(string Name, string Xml)>();
        foreach (var sheet in _sheets)
        {
            var rows = new StringBuilder();
            for (var r = 0; r < sheet.Rows.Count; r++)
            {
                var cells = sheet.Rows[r];
                if (cells is null || cells.All(c => c is null))
                {
                    continue;
                }

                var rowNumber = (r + 1).ToString(CultureInfo.InvariantCulture);
                rows.Append("<row r=\"").Append(rowNumber).Append("\">");
                for (var c = 0; c < cells.Length; c++)
                {
                    if (cells[c] is null)
                    {
                        continue;
                    }

                    var cell = ToRawCell(cells[c]!, shared, sharedIndex);
                    rows.Append("<c r=\"").Append(ColumnLetter(c)).Append(rowNumber).Append('"');
                    if (cell.Attributes.Length > 0)
                    {
                        rows.Append(' ').Append(cell.Attributes);
                    }

                    rows.Append('>').Append(cell.Inner).Append("</c>");
                }

                rows.Append("</row>");
            }

            var merges = sheet.Merges.Count == 0
                ? string.Empty
                : "<mergeCells count=\"" + sheet.Merges.Count.ToString(CultureInfo.InvariantCulture) + "\">"
                  + string.Concat(sheet.Merges.Select(m => "<mergeCell ref=\"" + m + "\"/>")) + "</mergeCells>";
            parts.Add((sheet.Name, RawPackageBuilder.Worksheet(rows.ToString(), merges)));
        }

        var sst = UseSharedStrings
            ? RawPackageBuilder.SharedStrings([.. shared.Select(s => "<t xml:space=\"preserve\">" + SecurityElement.Escape(s) + "</t>")])
            : null;
        var builder = RawPackageBuilder.Workbook(parts, sst, Styles);
        foreach (var (name, content, level) in ExtraEntries)
        {
            builder.Add(name, content, level);
        }

        return builder.Build();
    }

    private RawCell ToRawCell(object value, List<string> shared, Dictionary<string, int> sharedIndex)
    {
        switch (value)
        {
            case RawCell raw:
                return raw;
            case string text when UseSharedStrings:
                if (!sharedIndex.TryGetValue(text, out var index))
                {
                    index = shared.Count;
                    shared.Add(text);
                    sharedIndex[text] = index;
                }

                return new RawCell("t=\"s\"", "<v>" + index.ToString(CultureInfo.InvariantCulture) + "</v>");
            case string text:
                return RawCell.Text(text);
            case int number:
                return RawCell.Number(number);
            case double number:
                return RawCell.Number(number);
            case decimal number:
                return RawCell.NumberLiteral(number.ToString(CultureInfo.InvariantCulture));
            default:
                throw new ArgumentException("Unsupported cell value " + value.GetType().Name, nameof(value));
        }
    }

    public static int ColumnIndex(string column)
    {
        var index = 0;
        foreach (var ch in column)
        {
            index = (index * 26) + (ch - 'A' + 1);
        }

        return index - 1;
    }

    public static string ColumnLetter(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
