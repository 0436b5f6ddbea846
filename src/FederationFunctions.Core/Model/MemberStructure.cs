namespace FederationFunctions.Core.Model;

/// <summary>A structure of the reference (<c>Structures</c> sheet); only <see cref="IsMember"/> ones count.</summary>
public sealed record MemberStructure(
    string Code,
    string Name,
    string Commune,
    Department Department,
    string TerritoryCode,
    StructureType Type,
    Management Management,
    bool IsMember);
