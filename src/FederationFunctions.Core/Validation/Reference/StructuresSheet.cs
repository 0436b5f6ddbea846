using FederationFunctions.Core.Validation.Sheets;
using FederationFunctions.Core.Validation.Vocabularies;
using FederationFunctions.Core.Workbooks.CellValues;

namespace FederationFunctions.Core.Validation.Reference;

/// <summary>The <c>Structures</c> table of the reference workbook.</summary>
public static class StructuresSheet
{
    public static ColumnDefinition StructureCode { get; } = new("structure_code", "Code structure", [], ColumnKind.Text, true);

    public static ColumnDefinition Name { get; } = new("name", "Nom", [], ColumnKind.Text, true);

    public static ColumnDefinition Commune { get; } = new("commune", "Commune", [], ColumnKind.Text, true);

    public static ColumnDefinition Department { get; } = new("department", "Département", [], ColumnKind.Enum, true, Departments.Vocabulary);

    public static ColumnDefinition TerritoryCode { get; } = new("territory_code", "Code AT", [], ColumnKind.Text, true);

    public static ColumnDefinition StructureType { get; } = new("structure_type", "Type", ["Type de structure"], ColumnKind.Enum, true, StructureTypes.Vocabulary);

    public static ColumnDefinition Management { get; } = new("management", "Gestion", ["Mode de gestion"], ColumnKind.Enum, true, Managements.Vocabulary);

    /// <summary>Yes/no; blank is « non ». The column itself is required (without it nobody would be a member).</summary>
    public static ColumnDefinition IsMember { get; } = new("is_member", "Adhérente", ["Adhérent"], ColumnKind.YesNo, true);

    /// <summary>v1.1, optional column: the person to reach about the collection.</summary>
    public static ColumnDefinition ContactName { get; } = new("contact_name", "Contact", ["Directeur", "Directrice", "Direction", "Correspondant"], ColumnKind.Text, false);

    /// <summary>v1.1, optional column; an address not of the form <c>local@domain.tld</c> is a warning and is not kept.</summary>
    public static ColumnDefinition ContactEmail { get; } = new("contact_email", "Courriel", ["Email", "E-mail", "Mail", "Adresse électronique"], ColumnKind.Text, false);

    /// <summary>v1.1, optional column, kept as written (spaces, dots, <c>+33</c>).</summary>
    public static ColumnDefinition ContactPhone { get; } = new("contact_phone", "Téléphone", ["Tél", "Tel", "Portable"], ColumnKind.Text, false);

    public static SheetDefinition Definition { get; } = new(
        "Structures",
        [],
        SheetLayout.Table,
        true,
        [StructureCode, Name, Commune, Department, TerritoryCode, StructureType, Management, IsMember, ContactName, ContactEmail, ContactPhone]);
}
