using System.Xml;

namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>Reads the shared string table (<c>sharedStrings.xml</c>) in order.</summary>
internal static class SharedStringsPartParser
{
    public static IReadOnlyList<string> Parse(XmlReader reader, CancellationToken cancellationToken)
    {
        var strings = new List<string>();
        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                if ((strings.Count & 0x3FF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                strings.Add(ExcelText.ReadRichText(reader));
                continue;
            }

            reader.Read();
        }

        return strings;
    }
}
