using System.Globalization;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Validation.Vocabularies;

namespace FederationFunctions.Core.Consolidation;

/// <summary>
/// Collects what the consolidation could not use or link, with French messages, and lists it in a fixed
/// order: missing reference, unknown and non-member structures, rejected latest uploads, unlinked meetings,
/// unknown training actions, FOSFORA over the envelope.
/// </summary>
internal sealed class AnomalyCollector
{
    public const string MeetingsSheet = "Rencontres";
    public const string TrainingsSheet = "Formations";

    private static readonly AnomalyKind[] OutputOrder =
    [
        AnomalyKind.MissingReference,
        AnomalyKind.UnknownStructure,
        AnomalyKind.NonMemberStructure,
        AnomalyKind.RejectedLatestUpload,
        AnomalyKind.UnlinkedMeeting,
        AnomalyKind.UnknownTrainingAction,
        AnomalyKind.FosforaOverEnvelope,
    ];

    private readonly Dictionary<AnomalyKind, List<Anomaly>> byKind = OutputOrder.ToDictionary(k => k, _ => new List<Anomaly>());

    public IReadOnlyList<Anomaly> ToList() => OutputOrder.SelectMany(k => byKind[k]).ToList();

    public void MissingReference(int year) => Add(new Anomaly(
        AnomalyKind.MissingReference, null, null, null,
        $"Aucun référentiel fédéral accepté pour l'année {Number(year)} : les structures adhérentes, le calendrier et le catalogue sont inconnus, aucun indicateur n'est calculé. Déposez le référentiel dans reference/{Number(year)}/."));

    public void UnknownStructure(CentreSubmission submission, int year) => Add(new Anomaly(
        AnomalyKind.UnknownStructure, submission.StructureCode, null, null,
        $"La structure {submission.StructureCode} n'existe pas dans le référentiel {Number(year)} : son classeur n'est compté dans aucun indicateur. Vérifiez le code structure ou ajoutez la structure au référentiel."));

    public void NonMemberStructure(CentreSubmission submission, MemberStructure entry, int year) => Add(new Anomaly(
        AnomalyKind.NonMemberStructure, submission.StructureCode, null, null,
        $"La structure {submission.StructureCode} ({entry.Name}) n'est pas adhérente en {Number(year)} d'après le référentiel : son classeur n'est compté dans aucun indicateur."));

    public void RejectedLatestUpload(CentreSubmission submission, UploadSummary latest)
    {
        var consequence = submission is { Current: not null, Workbook: not null }
            ? $"la version acceptée précédente ({UploadFileName.Of(submission.Current.BlobName)}, reçue le {Date(submission.Current.UploadedAt)}) reste celle qui est comptée."
            : "aucune version acceptée : la structure n'est pas comptée.";
        Add(new Anomaly(
            AnomalyKind.RejectedLatestUpload, submission.StructureCode, null, null,
            $"Le dernier envoi de {submission.StructureCode} ({UploadFileName.Of(latest.BlobName)}, reçu le {Date(latest.UploadedAt)}) a été rejeté ({Count(latest.ErrorCount, "erreur")}) ; {consequence}"));
    }

    public void UnlinkedMeeting(string structureCode, MeetingRow row, MeetingLink link, string? territoryCode)
    {
        var what = $"La rencontre « {EventTypes.Vocabulary.LabelOf(row.EventType)} » du {row.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";
        var why = link.Failure switch
        {
            MeetingLinkFailure.UnknownCode =>
                $"{what} porte le code événement « {row.EventCode} », absent du calendrier fédéral",
            MeetingLinkFailure.SeveralMatchingEvents =>
                $"{what} n'a pas de code événement et plusieurs événements du calendrier correspondent à cette date et à ce type ({string.Join(", ", link.Candidates.Select(c => c.EventCode))}) ; indiquez le code événement",
            _ =>
                $"{what} n'a pas de code événement et aucun événement du calendrier de ce type à cette date pour le territoire {territoryCode ?? "(inconnu)"} ni pour toute la fédération",
        };
        Add(new Anomaly(
            AnomalyKind.UnlinkedMeeting, structureCode, MeetingsSheet, row.RowNumber,
            $"{why} : la ligne n'est comptée dans aucun indicateur territorial."));
    }

    public void UnknownTrainingAction(string structureCode, TrainingRow row) => Add(new Anomaly(
        AnomalyKind.UnknownTrainingAction, structureCode, TrainingsSheet, row.RowNumber,
        $"Le code action « {row.ActionCode} » n'existe pas dans le catalogue des formations : la ligne n'est comptée dans aucun indicateur de formation."));

    public void FosforaOverEnvelope(decimal totalEur, decimal envelopeEur, decimal overrunEur) => Add(new Anomaly(
        AnomalyKind.FosforaOverEnvelope, null, null, null,
        $"Les montants FOSFORA du catalogue ({Euros(totalEur)}) dépassent l'enveloppe FOSFORA ({Euros(envelopeEur)}) de {Euros(overrunEur)}."));

    private void Add(Anomaly anomaly) => byKind[anomaly.Kind].Add(anomaly);

    private static string Date(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("dd/MM/yyyy 'à' HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Count(int value, string noun) =>
        $"{FrenchText.Count(value)} {noun}{(value > 1 ? "s" : string.Empty)}";

    private static string Euros(decimal value) => FrenchText.Euros(value);
}
