using System.Globalization;
using System.Xml;

namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>
/// Reads <c>styles.xml</c>: custom number formats (<c>styleSheet/numFmts/numFmt</c> only: the <c>numFmt</c> of a
/// conditional format's <c>dxf</c> applies while its rule holds and never redefines a format id) and the number format
/// of each cell format (<c>cellXfs</c>).
/// </summary>
internal static class StylesPartParser
{
    public static CellStyles Parse(XmlReader reader, CancellationToken cancellationToken)
    {
        var customFormats = new Dictionary<int, bool>();
        var cellFormatIds = new List<int>();
        var inCellXfs = false;
        var inNumFmts = false;
        reader.MoveToContent();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (reader.NodeType == XmlNodeType.EndElement)
            {
                inCellXfs &= reader.LocalName != "cellXfs";
                inNumFmts &= reader.LocalName != "numFmts";
                continue;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "numFmts":
                    inNumFmts = reader.Depth == 1 && !reader.IsEmptyElement;
                    break;
                case "numFmt" when inNumFmts:
                    var id = ParseInt(reader.GetAttribute("numFmtId"));
                    var formatCode = reader.GetAttribute("formatCode");
                    if (id >= 0 && formatCode is not null)
                    {
                        customFormats[id] = NumberFormatClassifier.IsDateFormatCode(formatCode);
                    }

                    break;
                case "cellXfs":
                    inCellXfs = !reader.IsEmptyElement;
                    break;
                case "xf" when inCellXfs:
                    cellFormatIds.Add(ParseInt(reader.GetAttribute("numFmtId")));
                    break;
                default:
                    break;
            }
        }

        var dateFormatted = cellFormatIds
            .Select(id => customFormats.TryGetValue(id, out var isDate) ? isDate : NumberFormatClassifier.IsBuiltInDateFormat(id))
            .ToArray();
        return new CellStyles(dateFormatted);
    }

    private static int ParseInt(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result) ? result : -1;
}
