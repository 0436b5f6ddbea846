using FederationFunctions.Core.Model;
using FederationFunctions.Core.Workbooks.CellValues;

namespace FederationFunctions.Core.Validation.Vocabularies;

/// <summary>Programmes of <c>centre-workbook-v1.md</c> § Dispositifs, with their canonical French labels.</summary>
public static class Programmes
{
    public static EnumVocabulary<ProgrammeCode> Vocabulary { get; } = new(
        "dispositifs",
        [
            new(ProgrammeCode.CSC, "CSC", "Centres Sociaux Connectés", ["CSC", "Centres sociaux connectes"]),
            new(ProgrammeCode.VIVONS_RETRAITE, "VIVONS_RETRAITE", "Vivons Retraite", ["Vivons Retraite (CARSAT)", "Bienvenue à la retraite"]),
            new(ProgrammeCode.LAB_SOCIAL, "LAB_SOCIAL", "Lab Social", ["Lab Social (CARSAT)"]),
            new(ProgrammeCode.MONALISA, "MONALISA", "MONALISA", ["Mona Lisa"]),
            new(ProgrammeCode.EFQ, "EFQ", "École Famille Quartier", ["EFQ", "Ecole Famille Quartier"]),
            new(ProgrammeCode.VACANCES, "VACANCES", "Aide aux projets vacances", ["Projet vacances", "ANCV", "Vacances (ANCV)"]),
            new(ProgrammeCode.PROMENEURS, "PROMENEURS", "Promeneurs du Net", ["PDN"]),
            new(ProgrammeCode.PARENTALITE_62, "PARENTALITE_62", "Réseau Parentalité 62", ["RP62"]),
            new(ProgrammeCode.MOIS_PARENTALITE, "MOIS_PARENTALITE", "Mois de la Parentalité", []),
            new(ProgrammeCode.SANTE_NUTRITION, "SANTE_NUTRITION", "Santé – nutrition", ["Santé nutrition", "Nutrition"]),
            new(ProgrammeCode.SANTE_CANCER, "SANTE_CANCER", "Santé – prévention des cancers", ["Prévention cancer", "Santé cancer"]),
            new(ProgrammeCode.DSL_RURALITE, "DSL_RURALITE", "DSL et ruralité", ["DSL & Ruralité", "Ruralité (MSA)"]),
            new(ProgrammeCode.AUTRE, "AUTRE", "Autre", []),
        ]);

    /// <summary>Programmes whose rows must give an amount when their status is <c>En cours</c> or <c>Terminé</c>.</summary>
    public static IReadOnlySet<ProgrammeCode> AmountRequired { get; } = new HashSet<ProgrammeCode>
    {
        ProgrammeCode.SANTE_NUTRITION,
        ProgrammeCode.SANTE_CANCER,
        ProgrammeCode.VACANCES,
        ProgrammeCode.LAB_SOCIAL,
    };
}
