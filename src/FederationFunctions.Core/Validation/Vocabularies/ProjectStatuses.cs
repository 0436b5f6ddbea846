using FederationFunctions.Core.Model;
using FederationFunctions.Core.Workbooks.CellValues;

namespace FederationFunctions.Core.Validation.Vocabularies;

/// <summary>Statuses of a <c>Dispositifs</c> row, with their canonical French labels.</summary>
public static class ProjectStatuses
{
    public static EnumVocabulary<ProjectStatus> Vocabulary { get; } = new(
        "statuts",
        [
            new(ProjectStatus.EnPreparation, "EN_PREPARATION", "En préparation", []),
            new(ProjectStatus.EnCours, "EN_COURS", "En cours", []),
            new(ProjectStatus.Termine, "TERMINE", "Terminé", []),
            new(ProjectStatus.Abandonne, "ABANDONNE", "Abandonné", []),
        ]);
}
