using FederationFunctions.Core.Model;
using FederationFunctions.Core.Workbooks.CellValues;

namespace FederationFunctions.Core.Validation.Vocabularies;

/// <summary>How a structure is run (<c>reference-workbook-v1.md</c> § Structures, column Gestion).</summary>
public static class Managements
{
    public static EnumVocabulary<Management> Vocabulary { get; } = new(
        "modes de gestion",
        [
            new(Management.Associatif, "ASSOCIATIF", "Associatif", ["Associative", "Association"]),
            new(Management.Municipal, "MUNICIPAL", "Municipal", ["Municipale"]),
        ]);
}
