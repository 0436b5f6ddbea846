namespace FederationFunctions.Core.Model;

/// <summary>Types of federation meetings (<c>centre-workbook-v1.md</c> § Rencontres). Names are the spec's codes.</summary>
public enum EventType
{
    /// <summary>Assemblée territoriale.</summary>
    AT,
    /// <summary>Réunion des directions (also CODIR).</summary>
    DIRECTIONS,
    /// <summary>Réunion des présidences.</summary>
    PRESIDENCES,
    /// <summary>Assemblée générale.</summary>
    AG,
    /// <summary>Congrès.</summary>
    CONGRES,
    /// <summary>Autre rencontre.</summary>
    AUTRE,
}
