namespace FederationFunctions.Core.Model;

/// <summary>A structure of the reference (<c>Structures</c> sheet); only <see cref="IsMember"/> ones count.</summary>
/// <param name="ContactName">The person to reach about the collection (optional column <c>Contact</c>); null when not given.</param>
/// <param name="ContactEmail">
/// The contact's address (optional column <c>Courriel</c>); null when not given or not of the form <c>local@domain.tld</c>
/// (the reference's feedback warns about it and the value is kept out of every report, link and export).
/// </param>
/// <param name="ContactPhone">The contact's telephone number as written (optional column <c>Téléphone</c>); null when not given.</param>
public sealed record MemberStructure(
    string Code,
    string Name,
    string Commune,
    Department Department,
    string TerritoryCode,
    StructureType Type,
    Management Management,
    bool IsMember,
    string? ContactName = null,
    string? ContactEmail = null,
    string? ContactPhone = null);
