using FederationFunctions.Core.Model;
using FederationFunctions.Core.Workbooks.CellValues;

namespace FederationFunctions.Core.Validation.Vocabularies;

/// <summary>Structure types of <c>reference-workbook-v1.md</c> § Structures.</summary>
public static class StructureTypes
{
    public static EnumVocabulary<StructureType> Vocabulary { get; } = new(
        "types de structure",
        [
            new(StructureType.CS, "CS", "Centre social", ["Centre socioculturel", "Maison de quartier"]),
            new(StructureType.EVS, "EVS", "Espace de vie sociale", []),
        ]);
}
