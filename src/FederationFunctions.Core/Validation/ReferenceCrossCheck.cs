using System.Globalization;
using FederationFunctions.Core.Model;

namespace FederationFunctions.Core.Validation;

/// <summary>
/// What <c>federation validate --reference</c> adds for a centre checking its file before sending it: the structure is
/// unknown or not a member, event or action codes are not in the reference, a meeting links to no calendar event.
/// Always warnings: at ingestion these are consolidation anomalies and never change an upload's outcome.
/// </summary>
public static class ReferenceCrossCheck
{
    public const string StructureUnknownCode = "REF_STRUCTURE_UNKNOWN";
    public const string StructureNotMemberCode = "REF_STRUCTURE_NOT_MEMBER";
    public const string YearDiffersCode = "REF_YEAR_DIFFERS";
    public const string EventCodeUnknownCode = "REF_EVENT_CODE_UNKNOWN";
    public const string MeetingUnlinkedCode = "REF_MEETING_UNLINKED";
    public const string ActionCodeUnknownCode = "REF_ACTION_CODE_UNKNOWN";

    public static IReadOnlyList<ValidationIssue> Check(CentreWorkbook workbook, ReferenceWorkbook reference)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(reference);
        var issues = new List<ValidationIssue>();
        var code = workbook.Structure.StructureCode;
        var year = reference.Year.ToString(CultureInfo.InvariantCulture);
        var structure = reference.Structures.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase));
        if (structure is null)
        {
            issues.Add(Warning(StructureUnknownCode, $"Structure : le code {code} ne figure pas dans le référentiel {year}. Vérifiez le code auprès de la fédération ; sinon vos données ne seront comptées dans aucun indicateur.", "Structure", code));
        }
        else if (!structure.IsMember)
        {
            issues.Add(Warning(StructureNotMemberCode, $"Structure : {code} ({structure.Name}) n'est pas adhérente en {year} d'après le référentiel ; ses données ne seront comptées dans aucun indicateur.", "Structure", code));
        }

        if (workbook.Structure.Year != reference.Year)
        {
            issues.Add(Warning(YearDiffersCode, $"Structure : le classeur porte sur l'année {workbook.Structure.Year.ToString(CultureInfo.InvariantCulture)} mais le référentiel sur {year} ; les contrôles ci-dessous sont faits avec ce référentiel.", "Structure", workbook.Structure.Year.ToString(CultureInfo.InvariantCulture)));
        }

        foreach (var meeting in workbook.Meetings)
        {
            if (meeting.EventCode is { } eventCode)
            {
                if (!reference.Calendar.Any(e => SameCode(e.EventCode, eventCode)))
                {
                    issues.Add(Warning(EventCodeUnknownCode, $"Rencontres, ligne {Row(meeting.RowNumber)} : le code événement « {eventCode} » ne figure pas dans le calendrier fédéral {year}. Corrigez le code, ou effacez-le pour un rattachement par date et type ; sinon la ligne ne sera pas comptée.", "Rencontres", eventCode, meeting.RowNumber));
                }

                continue;
            }

            var territory = structure?.TerritoryCode;
            var candidates = reference.Calendar.Count(e => e.Date == meeting.Date && e.Type == meeting.EventType && (e.TerritoryCode is null || string.Equals(e.TerritoryCode, territory, StringComparison.OrdinalIgnoreCase)));
            if (candidates != 1)
            {
                var date = meeting.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
                var why = candidates == 0 ? "aucune rencontre du calendrier fédéral ne correspond" : "plusieurs rencontres du calendrier correspondent";
                issues.Add(Warning(MeetingUnlinkedCode, $"Rencontres, ligne {Row(meeting.RowNumber)} : {why} à cette date ({date}) et à ce type. Indiquez le code événement du calendrier ; sinon la ligne ne sera pas comptée.", "Rencontres", date, meeting.RowNumber));
            }
        }

        foreach (var training in workbook.Trainings)
        {
            if (!reference.Catalogue.Any(a => SameCode(a.ActionCode, training.ActionCode)))
            {
                issues.Add(Warning(ActionCodeUnknownCode, $"Formations, ligne {Row(training.RowNumber)} : le code action « {training.ActionCode} » ne figure pas dans le catalogue de formation {year}. Corrigez le code ; sinon la ligne ne sera comptée dans aucun indicateur de formation.", "Formations", training.ActionCode, training.RowNumber));
            }
        }

        return issues;
    }

    private static bool SameCode(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string Row(int row) => row.ToString(CultureInfo.InvariantCulture);

    private static ValidationIssue Warning(string code, string message, string sheet, string value, int? row = null) =>
        new(Severity.Warning, code, message, sheet, row, null, null, value);
}
