using FederationFunctions.Core.Model;
using FederationFunctions.Core.Workbooks.CellValues;

namespace FederationFunctions.Core.Validation.Vocabularies;

/// <summary>Event types of <c>centre-workbook-v1.md</c> § Rencontres, with their canonical French labels.</summary>
public static class EventTypes
{
    public static EnumVocabulary<EventType> Vocabulary { get; } = new(
        "types de rencontre",
        [
            new(EventType.AT, "AT", "Assemblée territoriale", []),
            new(EventType.DIRECTIONS, "DIRECTIONS", "Réunion des directions", ["CODIR"]),
            new(EventType.PRESIDENCES, "PRESIDENCES", "Réunion des présidences", []),
            new(EventType.AG, "AG", "Assemblée générale", []),
            new(EventType.CONGRES, "CONGRES", "Congrès", []),
            new(EventType.AUTRE, "AUTRE", "Autre rencontre", ["Autre"]),
        ]);
}
