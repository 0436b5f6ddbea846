namespace FederationFunctions.Core.Model;

/// <summary>Status of a programme row. Only <see cref="EnCours"/> and <see cref="Termine"/> count in indicators.</summary>
public enum ProjectStatus
{
    /// <summary>En préparation.</summary>
    EnPreparation,
    /// <summary>En cours.</summary>
    EnCours,
    /// <summary>Terminé.</summary>
    Termine,
    /// <summary>Abandonné.</summary>
    Abandonne,
}
