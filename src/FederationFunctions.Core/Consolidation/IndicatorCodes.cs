using FederationFunctions.Core.Model;

namespace FederationFunctions.Core.Consolidation;

/// <summary>The indicator codes of <c>indicators-v1.md</c>, in the spec's table order.</summary>
public static class IndicatorCodes
{
    public const string ReseauStructures = "RESEAU.STRUCTURES";
    public const string ReseauCs = "RESEAU.CS";
    public const string ReseauEvs = "RESEAU.EVS";
    public const string ReseauAssociatif = "RESEAU.ASSOCIATIF";
    public const string ReseauMunicipal = "RESEAU.MUNICIPAL";
    public const string CollecteAttendues = "COLLECTE.ATTENDUES";
    public const string CollecteRecues = "COLLECTE.RECUES";
    public const string CollecteRejetees = "COLLECTE.REJETEES";
    public const string CollecteManquantes = "COLLECTE.MANQUANTES";
    public const string CollecteTaux = "COLLECTE.TAUX";
    public const string RhSalaries = "RH.SALARIES";
    public const string RhEtp = "RH.ETP";
    public const string RhBenevoles = "RH.BENEVOLES";
    public const string RhAdministrateurs = "RH.ADMINISTRATEURS";
    public const string AtReunions = "AT.REUNIONS";
    public const string AtParticipants = "AT.PARTICIPANTS";
    public const string AtSalaries = "AT.SALARIES";
    public const string AtBenevoles = "AT.BENEVOLES";
    public const string AtParticipantsMoyen = "AT.PARTICIPANTS_MOYEN";
    public const string AtStructuresMoyen = "AT.STRUCTURES_MOYEN";
    public const string AtTauxParticipation = "AT.TAUX_PARTICIPATION";
    public const string DirectionsReunions = "DIRECTIONS.REUNIONS";
    public const string DirectionsTauxPresence = "DIRECTIONS.TAUX_PRESENCE";
    public const string FormationActions = "FORMATION.ACTIONS";
    public const string FormationStructures = "FORMATION.STRUCTURES";
    public const string FormationSalaries = "FORMATION.SALARIES";
    public const string FormationBenevoles = "FORMATION.BENEVOLES";
    public const string FosforaStructures = "FOSFORA.STRUCTURES";
    public const string FosforaBenevoles = "FOSFORA.BENEVOLES";
    public const string FosforaSeances = "FOSFORA.SEANCES";
    public const string FosforaMontant = "FOSFORA.MONTANT";
    public const string SanteStructures = "SANTE.STRUCTURES";
    public const string SanteProjets = "SANTE.PROJETS";
    public const string SanteNutritionProjets = "SANTE.NUTRITION.PROJETS";
    public const string SanteCancerProjets = "SANTE.CANCER.PROJETS";
    public const string SanteNutritionMontant = "SANTE.NUTRITION.MONTANT";
    public const string SanteCancerMontant = "SANTE.CANCER.MONTANT";
    public const string SanteMontant = "SANTE.MONTANT";

    public const string DispositifStructures = "STRUCTURES";
    public const string DispositifProjets = "PROJETS";
    public const string DispositifMontant = "MONTANT";
    public const string DispositifHabitants = "HABITANTS";
    public const string DispositifActions = "ACTIONS";
    public const string DispositifTauxReseau = "TAUX_RESEAU";

    /// <summary>The per-programme measures, in the spec's order: <c>DISPOSITIF.{CODE}.{measure}</c>.</summary>
    public static IReadOnlyList<string> DispositifMeasures { get; } =
        [DispositifStructures, DispositifProjets, DispositifMontant, DispositifHabitants, DispositifActions, DispositifTauxReseau];

    /// <summary><c>DISPOSITIF.{CODE}.{measure}</c>, e.g. <c>DISPOSITIF.CSC.STRUCTURES</c>.</summary>
    public static string Dispositif(ProgrammeCode programme, string measure) => $"DISPOSITIF.{programme}.{measure}";

    public const string VieEvenements = "EVENEMENTS";
    public const string VieStructures = "STRUCTURES";
    public const string VieParticipants = "PARTICIPANTS";
    public const string VieTauxStructures = "TAUX_STRUCTURES";

    /// <summary>The v1.1 federal-life measures, in the spec's order: <c>VIE.{TYPE}.{measure}</c>.</summary>
    public static IReadOnlyList<string> VieMeasures { get; } = [VieEvenements, VieStructures, VieParticipants, VieTauxStructures];

    /// <summary><c>VIE.{TYPE}.{measure}</c>, e.g. <c>VIE.AG.PARTICIPANTS</c> (v1.1).</summary>
    public static string Vie(EventType type, string measure) => $"VIE.{type}.{measure}";
}
