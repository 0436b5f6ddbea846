using FederationFunctions.Core.Model;

namespace FederationFunctions.Samples;

/// <summary>The spec's labels, codes and alternatives for enumerated values, used in turn by the sample files.</summary>
internal static class SampleLabels
{
    public static string EventType(EventType type, int index)
    {
        string[] forms = type switch
        {
            Core.Model.EventType.AT => ["Assemblée territoriale", "AT", "assemblee territoriale"],
            Core.Model.EventType.DIRECTIONS => ["Réunion des directions", "CODIR", "DIRECTIONS"],
            Core.Model.EventType.PRESIDENCES => ["Réunion des présidences", "PRESIDENCES"],
            Core.Model.EventType.AG => ["Assemblée générale", "AG"],
            Core.Model.EventType.CONGRES => ["Congrès", "CONGRES", "congres"],
            _ => ["Autre rencontre", "Autre", "AUTRE"],
        };
        return forms[index % forms.Length];
    }

    public static string Programme(ProgrammeCode code, int index)
    {
        string[] forms = code switch
        {
            ProgrammeCode.CSC => ["Centres Sociaux Connectés", "CSC", "Centres sociaux connectes"],
            ProgrammeCode.VIVONS_RETRAITE => ["Vivons Retraite", "Vivons Retraite (CARSAT)", "Bienvenue à la retraite"],
            ProgrammeCode.LAB_SOCIAL => ["Lab Social", "Lab Social (CARSAT)", "LAB_SOCIAL"],
            ProgrammeCode.MONALISA => ["MONALISA", "Mona Lisa"],
            ProgrammeCode.EFQ => ["École Famille Quartier", "EFQ", "Ecole Famille Quartier"],
            ProgrammeCode.VACANCES => ["Aide aux projets vacances", "Projet vacances", "ANCV", "Vacances (ANCV)"],
            ProgrammeCode.PROMENEURS => ["Promeneurs du Net", "PDN"],
            ProgrammeCode.PARENTALITE_62 => ["Réseau Parentalité 62", "RP62"],
            ProgrammeCode.MOIS_PARENTALITE => ["Mois de la Parentalité", "MOIS_PARENTALITE"],
            ProgrammeCode.SANTE_NUTRITION => ["Santé – nutrition", "Santé nutrition", "Nutrition"],
            ProgrammeCode.SANTE_CANCER => ["Santé – prévention des cancers", "Prévention cancer", "Santé cancer"],
            ProgrammeCode.DSL_RURALITE => ["DSL et ruralité", "DSL & Ruralité", "Ruralité (MSA)"],
            _ => ["Autre"],
        };
        return forms[index % forms.Length];
    }

    public static string Status(ProjectStatus status, int index) => status switch
    {
        ProjectStatus.EnPreparation => index % 2 == 0 ? "En préparation" : "en preparation",
        ProjectStatus.EnCours => index % 2 == 0 ? "En cours" : "EN COURS",
        ProjectStatus.Termine => index % 2 == 0 ? "Terminé" : "termine",
        _ => "Abandonné",
    };

    public static string EventTypeCanonical(EventType type) => EventType(type, 0);

    public static string ProgrammeCanonical(ProgrammeCode code) => Programme(code, 0);

    public static string StatusCanonical(ProjectStatus status) => Status(status, 0);
}
