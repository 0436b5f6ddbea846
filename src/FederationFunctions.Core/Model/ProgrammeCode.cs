namespace FederationFunctions.Core.Model;

/// <summary>Programme codes (<c>centre-workbook-v1.md</c> § Dispositifs), in the spec's order. Names are the spec's codes.</summary>
public enum ProgrammeCode
{
    CSC,
    VIVONS_RETRAITE,
    LAB_SOCIAL,
    MONALISA,
    EFQ,
    VACANCES,
    PROMENEURS,
    PARENTALITE_62,
    MOIS_PARENTALITE,
    SANTE_NUTRITION,
    SANTE_CANCER,
    DSL_RURALITE,
    AUTRE,
}
