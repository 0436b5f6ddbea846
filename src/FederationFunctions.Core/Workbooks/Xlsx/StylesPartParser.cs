using System.Globalization;
using System.Xml;

namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>Reads <c>styles.xml</c>: custom number formats and the number format of each cell format (<c>cellXfs</c>).</summary>
internal static class StylesPartParser
{
    public static CellStyles Parse(XmlReader reader, CancellationToken cancellationToken)
    {
        var customFormats = new Dictionary<int, bool>();
        var cellFormatIds = new List<int>();
        var inCellXfs = false;
        reader.MoveToContent();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs")
            {
                inCellXfs = false;
                continue;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "numFmt":
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
