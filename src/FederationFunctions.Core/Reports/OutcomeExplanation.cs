using FederationFunctions.Core.Validation;

namespace FederationFunctions.Core.Reports;

/// <summary>What an upload's outcome means and what to do next, in words a centre director understands.</summary>
/// <param name="Code">Stable machine code of the outcome, e.g. <c>REJETEE</c>.</param>
/// <param name="Meaning">What happened to the file.</param>
/// <param name="NextStep">What to do now.</param>
public sealed record OutcomeExplanation(string Code, string Meaning, string NextStep)
{
    /// <summary>The explanation of an outcome, when the report carries no information remark.</summary>
    public static OutcomeExplanation For(UploadOutcome outcome) => For(outcome, 0);

    /// <summary>
    /// The explanation of an outcome; with information remarks (v1.1, which never change the outcome) an accepted file
    /// is not said to be accepted "sans aucune remarque", and the reader is sent to the remarks.
    /// </summary>
    public static OutcomeExplanation For(UploadOutcome outcome, int informationCount) => (outcome, informationCount > 0) switch
    {
        (UploadOutcome.Acceptee, true) => new(
            "ACCEPTEE",
            "Votre fichier a été accepté. Ses données seront prises en compte dans la prochaine consolidation ; les informations ci-dessous disent ce qui ne sera pas compté, ou sera additionné.",
            "Lisez les informations ci-dessous et dans la feuille « Problèmes ». Si une rencontre ou une formation doit être comptée, corrigez la ligne indiquée puis déposez le fichier à nouveau ; sinon, rien à faire."),
        _ => Explain(outcome),
    };

    private static OutcomeExplanation Explain(UploadOutcome outcome) => outcome switch
    {
        UploadOutcome.Acceptee => new(
            "ACCEPTEE",
            "Votre fichier a été accepté sans aucune remarque. Ses données seront prises en compte dans la prochaine consolidation.",
            "Rien à faire. Merci pour votre envoi !"),
        UploadOutcome.AccepteeAvecAvertissements => new(
            "ACCEPTEE_AVEC_AVERTISSEMENTS",
            "Votre fichier a été accepté et ses données seront prises en compte, mais certaines valeurs méritent d'être vérifiées.",
            "Lisez les avertissements ci-dessous et dans la feuille « Problèmes ». Si une valeur est inexacte, corrigez-la puis déposez le fichier à nouveau ; sinon, rien à faire."),
        UploadOutcome.Rejetee => new(
            "REJETEE",
            "Votre fichier n'a pas été pris en compte. Corrigez les erreurs ci-dessous puis déposez-le à nouveau.",
            "Corrigez chaque erreur listée (le détail est dans la feuille « Problèmes » : feuille, ligne et colonne), enregistrez le fichier puis déposez-le à nouveau. Si un fichier avait déjà été accepté pour cette année, c'est lui qui reste pris en compte en attendant."),
        UploadOutcome.Doublon => new(
            "DOUBLON",
            "Ce fichier est identique à celui déjà pris en compte pour cette année : rien n'a changé.",
            "Rien à faire. Si vous vouliez envoyer une version corrigée, vérifiez que vos modifications ont bien été enregistrées avant de déposer le fichier."),
        UploadOutcome.Remplacee => new(
            "REMPLACEE",
            "Un fichier déposé plus récemment pour la même structure et la même année est désormais celui pris en compte. Celui-ci est conservé pour mémoire.",
            "Rien à faire, sauf si c'est ce fichier-ci qui contient les bonnes données : déposez-le alors à nouveau."),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}
