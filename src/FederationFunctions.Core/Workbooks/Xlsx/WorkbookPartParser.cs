using System.Xml;

namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>Reads the sheets (name, relationship id), in workbook order, and the date system from <c>workbook.xml</c>.</summary>
internal static class WorkbookPartParser
{
    private const string RelationshipsNamespaceSuffix = "/relationships";

    public static WorkbookPartContent Parse(XmlReader reader, CancellationToken cancellationToken)
    {
        reader.MoveToContent();
        if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "workbook")
        {
            throw new InvalidDataException("The workbook part's root is not <workbook>.");
        }

        var sheets = new List<WorkbookSheetEntry>();
        var usesDate1904 = false;
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName == "workbookPr")
            {
                usesDate1904 = reader.GetAttribute("date1904")?.Trim() is "1" or "true";
                continue;
            }

            if (reader.LocalName != "sheet")
            {
                continue;
            }

            var name = reader.GetAttribute("name");
            var relationshipId = ReadRelationshipId(reader);
            if (name is not null && relationshipId is not null)
            {
                sheets.Add(new WorkbookSheetEntry(name, relationshipId));
            }
        }

        return new WorkbookPartContent(sheets, usesDate1904);
    }

    private static string? ReadRelationshipId(XmlReader reader)
    {
        // r:id, whatever the prefix and whether the namespace is transitional or strict.
        for (var i = 0; i < reader.AttributeCount; i++)
        {
            reader.MoveToAttribute(i);
            if (reader.LocalName == "id" && reader.NamespaceURI.EndsWith(RelationshipsNamespaceSuffix, StringComparison.Ordinal))
            {
                var value = reader.Value;
                reader.MoveToElement();
                return value;
            }
        }

        reader.MoveToElement();
        return null;
    }
}
