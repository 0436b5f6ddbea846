namespace FederationFunctions.Core.Model;

/// <summary>The <c>Structure</c> form sheet of a centre workbook, normalised.</summary>
public sealed record StructureDeclaration(
    string StructureCode,
    int Year,
    string? Name,
    int StaffHeadcount,
    decimal StaffFte,
    int ActivityVolunteers,
    int BoardVolunteers,
    int? MemberFamilies);
