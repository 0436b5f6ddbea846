namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>One relationship of an OPC part: its id, its type URI and its target, resolved to a part name.</summary>
/// <param name="Id">The relationship id (<c>rId1</c>).</param>
/// <param name="Type">The relationship type URI.</param>
/// <param name="TargetPart">The target part's name inside the zip (no leading slash), or null for an external target.</param>
internal sealed record PackageRelationship(string Id, string Type, string? TargetPart)
{
    public bool HasType(string typeSuffix) => Type.EndsWith("/" + typeSuffix, StringComparison.OrdinalIgnoreCase);
}
