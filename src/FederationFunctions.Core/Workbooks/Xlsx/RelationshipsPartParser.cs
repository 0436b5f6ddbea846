using System.Xml;

namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>Parses a <c>.rels</c> part into relationships whose internal targets are resolved to part names.</summary>
internal static class RelationshipsPartParser
{
    public static IReadOnlyList<PackageRelationship> Parse(XmlReader reader, string sourceFolder)
    {
        var relationships = new List<PackageRelationship>();
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship")
            {
                continue;
            }

            var id = reader.GetAttribute("Id");
            var type = reader.GetAttribute("Type");
            var target = reader.GetAttribute("Target");
            if (id is null || type is null || target is null)
            {
                continue;
            }

            var external = string.Equals(reader.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase);
            relationships.Add(new PackageRelationship(id, type, external ? null : OoxmlPackage.ResolveTarget(sourceFolder, target)));
        }

        return relationships;
    }
}
