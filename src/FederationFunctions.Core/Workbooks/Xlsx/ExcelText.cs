using System.Globalization;
using System.Text;
using System.Xml;

namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>Reads OOXML rich text (<c>&lt;si&gt;</c>, <c>&lt;is&gt;</c>) and decodes Excel's <c>_xHHHH_</c> escapes.</summary>
internal static class ExcelText
{
    /// <summary>
    /// Reads the text of the element the reader is on: its <c>&lt;t&gt;</c> and its runs' <c>&lt;r&gt;&lt;t&gt;</c>, concatenated;
    /// phonetic runs (<c>&lt;rPh&gt;</c>) are ignored. Leaves the reader after the element's end.
    /// </summary>
    public static string ReadRichText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return string.Empty;
        }

        var depth = reader.Depth;
        string? single = null;
        StringBuilder? builder = null;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                var name = reader.LocalName;
                if (name == "t")
                {
                    var text = ReadSimpleContent(reader);
                    if (single is null && builder is null)
                    {
                        single = text;
                    }
                    else
                    {
                        builder ??= new StringBuilder(single);
                        builder.Append(text);
                    }

                    continue;
                }

                if (name is "rPh" or "phoneticPr" or "rPr")
                {
                    reader.Skip();
                    continue;
                }
            }

            reader.Read();
        }

        reader.Read();
        return Unescape(builder?.ToString() ?? single ?? string.Empty);
    }

    /// <summary>
    /// The text content of a simple element (<c>&lt;v&gt;</c>, <c>&lt;f&gt;</c>, <c>&lt;t&gt;</c>); leaves the reader after its end.
    /// A fast path for the usual single text node, falling back to <see cref="XmlReader.ReadElementContentAsString()"/>.
    /// </summary>
    public static string ReadSimpleContent(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return string.Empty;
        }

        reader.Read();
        if (reader.NodeType == XmlNodeType.EndElement)
        {
            reader.Read();
            return string.Empty;
        }

        if (reader.NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA)
        {
            var value = reader.Value;
            reader.Read();
            if (reader.NodeType == XmlNodeType.EndElement)
            {
                reader.Read();
                return value;
            }

            return value + ReadRemainingContent(reader);
        }

        return ReadRemainingContent(reader);
    }

    /// <summary>Reads text nodes up to the current element's end, skipping anything else; leaves the reader after the end.</summary>
    private static string ReadRemainingContent(XmlReader reader)
    {
        var builder = new StringBuilder();
        var depth = reader.Depth;
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth < depth))
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA)
            {
                builder.Append(reader.Value);
            }

            reader.Read();
        }

        reader.Read();
        return builder.ToString();
    }

    /// <summary>Decodes <c>_xHHHH_</c> sequences (Excel's escape for control characters), <c>_x005F_</c> giving a literal underscore.</summary>
    public static string Unescape(string text)
    {
        var index = text.IndexOf("_x", StringComparison.Ordinal);
        if (index < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        while (index >= 0)
        {
            if (index + 7 <= text.Length && text[index + 6] == '_'
                && ushort.TryParse(text.AsSpan(index + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                builder.Append(text, position, index - position).Append((char)code);
                position = index + 7;
                index = text.IndexOf("_x", position, StringComparison.Ordinal);
            }
            else
            {
                index = text.IndexOf("_x", index + 2, StringComparison.Ordinal);
            }
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }
}
