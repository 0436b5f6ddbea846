using FederationFunctions.Core.Model;
using FederationFunctions.Core.Workbooks.CellValues;

namespace FederationFunctions.Core.Validation.Vocabularies;

/// <summary>Public of a catalogue action (<c>reference-workbook-v1.md</c> § Catalogue, column Public).</summary>
public static class Audiences
{
    public static EnumVocabulary<Audience> Vocabulary { get; } = new(
        "publics",
        [
            new(Audience.Salaries, "SALARIES", "Salariés", []),
            new(Audience.Benevoles, "BENEVOLES", "Bénévoles", []),
            new(Audience.Mixte, "MIXTE", "Mixte", []),
        ]);
}
