using FederationFunctions.Core.Model;
using static FederationFunctions.Core.Consolidation.IndicatorCodes;

namespace FederationFunctions.Core.Consolidation;

/// <summary>The French label and the unit of every indicator code.</summary>
public static class IndicatorLabels
{
    private static readonly Dictionary<string, (string Label, string Unit)> Known = Build();

    /// <summary>The French label of a code (a code the spec does not define is its own label).</summary>
    public static string Label(string code) => Known.TryGetValue(code, out var entry) ? entry.Label : code;

    /// <summary>The unit of a code: <c>nombre</c>, <c>ETP</c>, <c>%</c>, <c>moyenne</c> or <c>€</c>.</summary>
    public static string Unit(string code) => Known.TryGetValue(code, out var entry) ? entry.Unit : IndicatorUnits.Count;

    /// <summary>The programme's French label (<c>centre-workbook-v1.md</c> § Dispositifs).</summary>
    public static string ProgrammeLabel(ProgrammeCode programme) => programme switch
    {
        ProgrammeCode.CSC => "Centres Sociaux Connectés",
        ProgrammeCode.VIVONS_RETRAITE => "Vivons Retraite",
        ProgrammeCode.LAB_SOCIAL => "Lab Social",
        ProgrammeCode.MONALISA => "MONALISA",
        ProgrammeCode.EFQ => "École Famille Quartier",
        ProgrammeCode.VACANCES => "Aide aux projets vacances",
        ProgrammeCode.PROMENEURS => "Promeneurs du Net",
        ProgrammeCode.PARENTALITE_62 => "Réseau Parentalité 62",
        ProgrammeCode.MOIS_PARENTALITE => "Mois de la Parentalité",
        ProgrammeCode.SANTE_NUTRITION => "Santé – nutrition",
        ProgrammeCode.SANTE_CANCER => "Santé – prévention des cancers",
        ProgrammeCode.DSL_RURALITE => "DSL et ruralité",
        ProgrammeCode.AUTRE => "Autre",
        _ => programme.ToString(),
    };

    /// <summary>The meeting type in the plural, as the federal-life labels and sheet name it.</summary>
    public static string MeetingTypeLabel(EventType type) => type switch
    {
        EventType.AT => "Assemblées territoriales",
        EventType.DIRECTIONS => "Réunions des directions",
        EventType.PRESIDENCES => "Réunions des présidences",
        EventType.AG => "Assemblée générale",
        EventType.CONGRES => "Congrès",
        EventType.AUTRE => "Autres rencontres",
        _ => type.ToString(),
    };

    private static Dictionary<string, (string Label, string Unit)> Build()
    {
        const string n = IndicatorUnits.Count;
        const string rate = IndicatorUnits.Rate;
        const string avg = IndicatorUnits.Average;
        const string eur = IndicatorUnits.Euro;
        var known = new Dictionary<string, (string Label, string Unit)>(StringComparer.Ordinal)
        {
            [ReseauStructures] = ("Structures adhérentes", n),
            [ReseauCs] = ("Centres sociaux adhérents", n),
            [ReseauEvs] = ("Espaces de vie sociale adhérents", n),
            [ReseauAssociatif] = ("Structures adhérentes à gestion associative", n),
            [ReseauMunicipal] = ("Structures adhérentes à gestion municipale", n),
            [CollecteAttendues] = ("Remontées attendues", n),
            [CollecteRecues] = ("Remontées reçues (classeur accepté en vigueur)", n),
            [CollecteRejetees] = ("Remontées rejetées (aucun classeur accepté, dernier envoi rejeté)", n),
            [CollecteManquantes] = ("Remontées manquantes (rien reçu)", n),
            [CollecteTaux] = ("Taux de remontée", rate),
            [RhSalaries] = ("Salariés (personnes)", n),
            [RhEtp] = ("Salariés (équivalents temps plein)", IndicatorUnits.FullTimeEquivalent),
            [RhBenevoles] = ("Bénévoles d'activité", n),
            [RhAdministrateurs] = ("Administrateurs bénévoles", n),
            [AtReunions] = ("Assemblées territoriales réunies", n),
            [AtParticipants] = ("Participants aux assemblées territoriales", n),
            [AtSalaries] = ("Salariés participant aux assemblées territoriales", n),
            [AtBenevoles] = ("Bénévoles participant aux assemblées territoriales", n),
            [AtParticipantsMoyen] = ("Participants par assemblée territoriale (moyenne)", avg),
            [AtStructuresMoyen] = ("Structures présentes par assemblée territoriale (moyenne)", avg),
            [AtTauxParticipation] = ("Taux de participation des structures aux assemblées territoriales", rate),
            [DirectionsReunions] = ("Réunions des directions", n),
            [DirectionsTauxPresence] = ("Taux de présence des directions aux réunions des directions", rate),
            [FormationActions] = ("Actions de formation réalisées", n),
            [FormationStructures] = ("Structures ayant participé à une formation", n),
            [FormationSalaries] = ("Salariés formés", n),
            [FormationBenevoles] = ("Bénévoles formés", n),
            [FosforaStructures] = ("FOSFORA : centres sociaux (total du tableau)", n),
            [FosforaBenevoles] = ("FOSFORA : bénévoles (total du tableau)", n),
            [FosforaSeances] = ("FOSFORA : séances (total du tableau)", n),
            [FosforaMontant] = ("FOSFORA : montant (total du tableau)", eur),
            [SanteStructures] = ("Santé : structures porteuses de projets", n),
            [SanteProjets] = ("Santé : projets", n),
            [SanteNutritionProjets] = ("Santé : projets nutrition", n),
            [SanteCancerProjets] = ("Santé : projets prévention des cancers", n),
            [SanteNutritionMontant] = ("Santé : financements projets nutrition", eur),
            [SanteCancerMontant] = ("Santé : financements projets prévention des cancers", eur),
            [SanteMontant] = ("Santé : total des financements", eur),
        };
        var measures = new (string Measure, string Label, string Unit)[]
        {
            (DispositifStructures, "structures concernées", n),
            (DispositifProjets, "projets", n),
            (DispositifMontant, "montants accordés", eur),
            (DispositifHabitants, "habitants participants", n),
            (DispositifActions, "actions réalisées", n),
            (DispositifTauxReseau, "part des structures adhérentes", rate),
        };
        foreach (var programme in Enum.GetValues<ProgrammeCode>())
        {
            foreach (var (measure, label, unit) in measures)
            {
                known[Dispositif(programme, measure)] = ($"{ProgrammeLabel(programme)} : {label}", unit);
            }
        }

        var lifeMeasures = new (string Measure, string Label, string Unit)[]
        {
            (VieEvenements, "événements du calendrier", n),
            (VieStructures, "structures adhérentes présentes", n),
            (VieParticipants, "participants (salariés et bénévoles)", n),
            (VieTauxStructures, "part des structures adhérentes présentes", rate),
        };
        foreach (var type in Enum.GetValues<EventType>())
        {
            foreach (var (measure, label, unit) in lifeMeasures)
            {
                known[Vie(type, measure)] = ($"Vie fédérale – {MeetingTypeLabel(type).ToLowerInvariant()} : {label}", unit);
            }
        }

        return known;
    }
}
