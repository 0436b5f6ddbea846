namespace FederationFunctions.Core.Consolidation;

/// <summary>Collection status of a member structure.</summary>
public enum CompletenessStatus
{
    /// <summary>Reçue.</summary>
    Recue,
    /// <summary>Reçue avec avertissements.</summary>
    RecueAvecAvertissements,
    /// <summary>Rejetée: no accepted workbook and the latest upload was rejected.</summary>
    Rejetee,
    /// <summary>Manquante: nothing sent for the year.</summary>
    Manquante,
}
