using System.Globalization;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Validation.Centre;
using FederationFunctions.Core.Validation.Sheets;
using FederationFunctions.Core.Validation.Vocabularies;

namespace FederationFunctions.Core.Validation;

/// <summary>
/// The remarks a centre gets when the year's reference is known (<c>federation validate --reference</c>, and ingestion
/// once the year's reference is accepted): everything the consolidation will not count, and rows it will add together,
/// as <see cref="Severity.Information"/> (never changes the outcome; <c>centre-workbook-v1.md</c> v1.1). A
/// <c>Rencontres</c> row that links to no calendar event (linked exactly as the consolidation links it), an action code
/// absent from the catalogue, a structure absent from the reference or not a member, <c>Rencontres</c> rows linked to the
/// same event and <c>Formations</c> rows with the same action, which are added together. Codes are compared without
/// regard to case or surrounding spaces.
/// </summary>
public static class ReferenceCrossCheck
{
    /// <summary>The remarks on an accepted workbook.</summary>
    public static IReadOnlyList<ValidationIssue> Check(CentreWorkbook workbook, ReferenceWorkbook reference) =>
        Check(CentreRowsRead.Of(workbook), reference);

    /// <summary>The remarks on what could be read of a workbook, accepted or not.</summary>
    public static IReadOnlyList<ValidationIssue> Check(CentreRowsRead rows, ReferenceWorkbook reference)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(reference);
        var issues = new List<ValidationIssue>();
        var year = Number(reference.Year);

        if (rows.Year is { } declaredYear && declaredYear != reference.Year)
        {
            issues.Add(new ValidationIssue(
                Severity.Information,
                IssueCodes.ReferenceYearMismatch,
                $"{StructureSheet.Definition.Name} : le classeur déclare l'année {Number(declaredYear)} mais le référentiel est celui de {year}. Les remarques ci-dessous sont faites avec le référentiel {year} : vérifiez que vous utilisez le référentiel de la bonne année.",
                StructureSheet.Definition.Name));
        }

        MemberStructure? structure = null;
        if (rows.StructureCode is { } structureCode)
        {
            structure = reference.Structures.FirstOrDefault(s => CodeKey.Of(s.Code) == CodeKey.Of(structureCode));
            if (structure is null)
            {
                issues.Add(StructureIssue(
                    IssueCodes.StructureUnknown,
                    structureCode,
                    $"la structure « {structureCode} » est absente du référentiel {year}. Ses données ne seront comptées dans aucun indicateur : vérifiez le code structure auprès de la fédération."));
            }
            else if (!structure.IsMember)
            {
                issues.Add(StructureIssue(
                    IssueCodes.StructureNotMember,
                    structureCode,
                    $"la structure « {structureCode} » n'est pas adhérente dans le référentiel {year}. Ses données ne seront comptées dans aucun indicateur : contactez la fédération si c'est une erreur."));
            }
        }

        AddMeetingRemarks(issues, rows.Meetings, reference, structure, year);
        AddTrainingRemarks(issues, rows.Trainings, reference, year);
        return issues;
    }

    private static void AddMeetingRemarks(List<ValidationIssue> issues, IReadOnlyList<MeetingRow> meetings, ReferenceWorkbook reference, MemberStructure? structure, string year)
    {
        var linker = new MeetingLinker(reference.Calendar);
        var rowsByEvent = new Dictionary<string, List<MeetingRow>>(StringComparer.Ordinal);
        var events = new Dictionary<string, CalendarEvent>(StringComparer.Ordinal);
        foreach (var meeting in meetings)
        {
            var hasCode = !string.IsNullOrWhiteSpace(meeting.EventCode);
            if (structure is null && !hasCode)
            {
                // Without the structure's territory a row without a code cannot be linked: the structure remark says why.
                continue;
            }

            var link = linker.Link(meeting, structure?.TerritoryCode ?? string.Empty);
            if (link.Event is { } linked)
            {
                var key = CodeKey.Of(linked.EventCode);
                events.TryAdd(key, linked);
                if (!rowsByEvent.TryGetValue(key, out var linkedRows))
                {
                    linkedRows = [];
                    rowsByEvent[key] = linkedRows;
                }

                linkedRows.Add(meeting);
                continue;
            }

            issues.Add(UnlinkedMeeting(meeting, link, structure?.TerritoryCode, year));
        }

        foreach (var (key, linkedRows) in rowsByEvent)
        {
            if (linkedRows.Count > 1)
            {
                issues.Add(MeetingsAddedTogether(linkedRows, events[key]));
            }
        }
    }

    private static ValidationIssue UnlinkedMeeting(MeetingRow meeting, MeetingLink link, string? territoryCode, string year)
    {
        var sheet = RencontresSheet.Definition.Name;
        var what = $"la rencontre « {EventTypes.Vocabulary.LabelOf(meeting.EventType)} » du {Date(meeting.Date)}";
        var consequence = "elle ne sera comptée dans aucun indicateur de la vie fédérale.";
        if (link.Failure == MeetingLinkFailure.UnknownCode)
        {
            return new ValidationIssue(
                Severity.Information,
                IssueCodes.UnknownEventCode,
                $"{sheet}, ligne {Number(meeting.RowNumber)} ({RencontresSheet.EventCode.FrenchHeader}) : {what} porte le code événement « {meeting.EventCode} », qui n'existe pas dans le calendrier fédéral {year} : {consequence} Corrigez le code, ou videz-le pour que la rencontre soit reconnue par sa date et son type.",
                sheet,
                meeting.RowNumber,
                Header: RencontresSheet.EventCode.FrenchHeader,
                Value: meeting.EventCode);
        }

        var where = string.IsNullOrWhiteSpace(territoryCode)
            ? "pour toute la fédération"
            : $"dans votre territoire ({territoryCode}) ni pour toute la fédération";
        return link.Failure == MeetingLinkFailure.SeveralMatchingEvents
            ? new ValidationIssue(
                Severity.Information,
                IssueCodes.MeetingAmbiguous,
                $"{sheet}, ligne {Number(meeting.RowNumber)} : {what} n'a pas de code événement et plusieurs événements du calendrier fédéral {year} ont ce type et cette date ({string.Join(", ", link.Candidates.Select(c => c.EventCode))}) : {consequence} Indiquez le code de l'événement auquel vous avez participé.",
                sheet,
                meeting.RowNumber)
            : new ValidationIssue(
                Severity.Information,
                IssueCodes.MeetingUnlinked,
                $"{sheet}, ligne {Number(meeting.RowNumber)} : {what} n'a pas de code événement et le calendrier fédéral {year} n'a aucun événement de ce type à cette date {where} : {consequence} Si elle figure au calendrier, indiquez son code événement ou corrigez sa date et son type.",
                sheet,
                meeting.RowNumber);
    }

    private static ValidationIssue MeetingsAddedTogether(List<MeetingRow> rows, CalendarEvent calendarEvent)
    {
        var sheet = RencontresSheet.Definition.Name;
        var staff = rows.Sum(r => r.StaffAttendees);
        var volunteers = rows.Sum(r => r.VolunteerAttendees);
        var title = string.IsNullOrWhiteSpace(calendarEvent.Title) ? EventTypes.Vocabulary.LabelOf(calendarEvent.Type) : calendarEvent.Title;
        return new ValidationIssue(
            Severity.Information,
            IssueCodes.RowsAddedTogether,
            $"{sheet}, lignes {RowList(rows.Select(r => r.RowNumber))} : ces lignes se rapportent au même événement du calendrier, « {calendarEvent.EventCode} » ({title}, {Date(calendarEvent.Date)}) ; elles seront additionnées : {Plural(staff, "salarié", "salariés")} et {Plural(volunteers, "bénévole", "bénévoles")} en tout. Si une même personne figure sur deux lignes, corrigez les nombres.",
            sheet,
            rows[0].RowNumber);
    }

    private static void AddTrainingRemarks(List<ValidationIssue> issues, IReadOnlyList<TrainingRow> trainings, ReferenceWorkbook reference, string year)
    {
        var sheet = FormationsSheet.Definition.Name;
        var linker = new TrainingLinker(reference.Catalogue);
        var rowsByAction = new Dictionary<string, List<TrainingRow>>(StringComparer.Ordinal);
        var actions = new Dictionary<string, CatalogueAction>(StringComparer.Ordinal);
        foreach (var training in trainings)
        {
            if (linker.Find(training) is not { } action)
            {
                issues.Add(new ValidationIssue(
                    Severity.Information,
                    IssueCodes.UnknownActionCode,
                    $"{sheet}, ligne {Number(training.RowNumber)} ({FormationsSheet.ActionCode.FrenchHeader}) : le code action « {training.ActionCode} » n'existe pas dans le catalogue de formation {year}. Cette ligne ne sera comptée dans aucun indicateur de formation : corrigez le code.",
                    sheet,
                    training.RowNumber,
                    Header: FormationsSheet.ActionCode.FrenchHeader,
                    Value: training.ActionCode));
                continue;
            }

            var key = CodeKey.Of(action.ActionCode);
            actions.TryAdd(key, action);
            if (!rowsByAction.TryGetValue(key, out var rows))
            {
                rows = [];
                rowsByAction[key] = rows;
            }

            rows.Add(training);
        }

        foreach (var (key, rows) in rowsByAction)
        {
            if (rows.Count > 1)
            {
                var action = actions[key];
                issues.Add(new ValidationIssue(
                    Severity.Information,
                    IssueCodes.RowsAddedTogether,
                    $"{sheet}, lignes {RowList(rows.Select(r => r.RowNumber))} : ces lignes portent la même action « {action.ActionCode} » ({action.Title}) ; elles seront additionnées : {Plural(rows.Sum(r => r.StaffTrainees), "salarié formé", "salariés formés")} et {Plural(rows.Sum(r => r.VolunteerTrainees), "bénévole formé", "bénévoles formés")} en tout.",
                    sheet,
                    rows[0].RowNumber));
            }
        }
    }

    private static ValidationIssue StructureIssue(string code, string structureCode, string fragment) => new(
        Severity.Information,
        code,
        $"{StructureSheet.Definition.Name} : {fragment}",
        StructureSheet.Definition.Name,
        Header: StructureSheet.StructureCode.FrenchHeader,
        Value: structureCode);

    private static string RowList(IEnumerable<int> rows)
    {
        var numbers = rows.Select(Number).ToList();
        return numbers.Count == 1 ? numbers[0] : string.Join(", ", numbers[..^1]) + " et " + numbers[^1];
    }

    private static string Plural(int count, string one, string many) => FrenchText.Plural(count, one, many);

    private static string Date(DateOnly date) => FrenchText.Date(date);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
