using System.Globalization;
using System.Text.RegularExpressions;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Validation.Centre;
using FederationFunctions.Core.Validation.Sheets;
using FederationFunctions.Core.Validation.Vocabularies;
using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Validation;

/// <summary>
/// Validates a centre workbook's cells against <c>centre-workbook-v1.md</c> and normalises it. Every problem is
/// collected; the normalised workbook is returned only when there is no error.
/// </summary>
public sealed partial class CentreWorkbookValidator
{
    private readonly WorkbookReaderLimits _limits;

    public CentreWorkbookValidator(WorkbookReaderLimits? limits = null) => _limits = limits ?? WorkbookReaderLimits.Default;

    /// <param name="workbook">The workbook's cells.</param>
    /// <param name="expectedStructureCode">The upload folder's structure code; null when checking a file offline.</param>
    public ValidationResult<CentreWorkbook> Validate(WorkbookData workbook, string? expectedStructureCode) =>
        ValidateAndRead(workbook, expectedStructureCode).Result;

    /// <summary>
    /// Validates, then adds the reference remarks (<see cref="Severity.Information"/>) in the same pass: a file with
    /// errors gets them too, made on the rows that could be read.
    /// </summary>
    /// <param name="reference">The year's reference, or null when it is not known (no remark).</param>
    public ValidationResult<CentreWorkbook> Validate(WorkbookData workbook, string? expectedStructureCode, ReferenceWorkbook? reference)
    {
        var (result, rows) = ValidateAndRead(workbook, expectedStructureCode);
        return reference is null ? result : WithReferenceRemarks(result, rows, reference);
    }

    /// <summary>The result with the reference remarks on <paramref name="rows"/> added.</summary>
    internal static ValidationResult<CentreWorkbook> WithReferenceRemarks(ValidationResult<CentreWorkbook> result, CentreRowsRead rows, ReferenceWorkbook reference)
    {
        var remarks = ReferenceCrossCheck.Check(rows, reference);
        return remarks.Count == 0 ? result : result with { Issues = [.. result.Issues, .. remarks] };
    }

    /// <summary>The validation result and what could be read, even of a rejected workbook.</summary>
    internal (ValidationResult<CentreWorkbook> Result, CentreRowsRead Rows) ValidateAndRead(WorkbookData workbook, string? expectedStructureCode)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        var issues = new IssueCollector(workbook.Sheets.Select(s => s.Name));
        var sheets = WorkbookSheets.Resolve(workbook, CentreWorkbookFormat.Sheets, issues);

        var structure = sheets.TryGetValue(StructureSheet.Definition, out var structureSheet)
            ? ReadStructure(structureSheet, expectedStructureCode, issues)
            : null;
        var year = structure?.Year;

        var meetings = sheets.TryGetValue(RencontresSheet.Definition, out var meetingSheet)
            ? ReadMeetings(TableSheetReader.Read(meetingSheet, RencontresSheet.Definition, issues, _limits.MaxDataRowsPerSheet), year)
            : [];
        var trainings = sheets.TryGetValue(FormationsSheet.Definition, out var trainingSheet)
            ? ReadTrainings(TableSheetReader.Read(trainingSheet, FormationsSheet.Definition, issues, _limits.MaxDataRowsPerSheet), year)
            : [];
        var programmes = sheets.TryGetValue(DispositifsSheet.Definition, out var programmeSheet)
            ? ReadProgrammes(TableSheetReader.Read(programmeSheet, DispositifsSheet.Definition, issues, _limits.MaxDataRowsPerSheet))
            : [];

        var result = !issues.HasErrors && structure?.Declaration is { } declaration
            ? new CentreWorkbook(declaration, meetings, trainings, programmes)
            : null;
        return (
            new ValidationResult<CentreWorkbook>(result, issues.ToList()) { DeclaredYear = year },
            new CentreRowsRead(structure?.Code, year, meetings, trainings));
    }

    private static StructureRead ReadStructure(SheetData sheet, string? expectedStructureCode, IssueCollector issues)
    {
        var form = FormSheetReader.Read(sheet, StructureSheet.Definition, issues);

        string? code = null;
        if (form.Field(StructureSheet.StructureCode) is { } codeCell && codeCell.Text() is { } codeText)
        {
            var candidate = codeText.Trim().ToUpperInvariant();
            if (!StructureCodePattern().IsMatch(candidate))
            {
                codeCell.Error(
                    IssueCodes.StructureCodeInvalid,
                    $"« {codeText} » n'est pas un code structure valide. Saisissez le code donné par la fédération, de la forme 59-LIL-001 (2 chiffres, 3 lettres, 3 chiffres).");
            }
            else if (expectedStructureCode is not null
                     && !string.Equals(candidate, expectedStructureCode.Trim().ToUpperInvariant(), StringComparison.Ordinal))
            {
                codeCell.Error(
                    IssueCodes.StructureCodeMismatch,
                    $"le code structure « {candidate} » ne correspond pas au dossier de dépôt « {expectedStructureCode.Trim()} ». Une structure ne peut envoyer que ses propres données : déposez le fichier dans le dossier de votre structure ou corrigez le code.");
            }
            else
            {
                code = candidate;
            }
        }

        int? year = null;
        if (form.Field(StructureSheet.Year) is { } yearCell && yearCell.Integer() is { } yearValue)
        {
            if (yearValue is < StructureSheet.MinYear or > StructureSheet.MaxYear)
            {
                yearCell.Error(
                    IssueCodes.YearOutOfRange,
                    string.Format(
                        CultureInfo.InvariantCulture,
                        "l'année {0} est hors de la plage {1} – {2}. Saisissez l'année d'activité sur 4 chiffres : celle des rencontres et des formations que vous déclarez.",
                        yearValue,
                        StructureSheet.MinYear,
                        StructureSheet.MaxYear));
            }
            else
            {
                year = yearValue;
            }
        }

        var name = form.Field(StructureSheet.Name)?.Text();
        var headcount = form.Field(StructureSheet.StaffHeadcount)?.Integer();
        var fteCell = form.Field(StructureSheet.StaffFte);
        var fte = fteCell?.Decimal();
        if (fteCell is not null && fte is { } fteValue && headcount is { } headcountValue && fteValue > headcountValue)
        {
            fteCell.Warning(
                IssueCodes.FteAboveHeadcount,
                string.Format(
                    FrenchText.Culture,
                    "{0} ETP pour {1} salarié(s) : les équivalents temps plein dépassent le nombre de personnes. Vérifiez les deux valeurs.",
                    fteValue,
                    headcountValue));
        }

        var activityVolunteers = form.Field(StructureSheet.ActivityVolunteers)?.Integer();
        var boardVolunteers = form.Field(StructureSheet.BoardVolunteers)?.Integer();
        var memberFamilies = form.Field(StructureSheet.MemberFamilies)?.Integer();

        var declaration = code is not null && year is not null && headcount is not null && fte is not null
                          && activityVolunteers is not null && boardVolunteers is not null
            ? new StructureDeclaration(
                StructureCode: code,
                Year: year.Value,
                Name: name,
                StaffHeadcount: headcount.Value,
                StaffFte: fte.Value,
                ActivityVolunteers: activityVolunteers.Value,
                BoardVolunteers: boardVolunteers.Value,
                MemberFamilies: memberFamilies)
            : null;
        return new StructureRead(declaration, code, year);
    }

    private static List<MeetingRow> ReadMeetings(TableSheet sheet, int? year)
    {
        var rows = new List<MeetingRow>();
        var firstRowByContent = new Dictionary<MeetingRow, int>();
        foreach (var row in sheet.Rows)
        {
            var eventCode = row.Text(RencontresSheet.EventCode);
            var date = DateWithinYear(row.Cell(RencontresSheet.Date), year);
            var type = row.Enum(RencontresSheet.EventType, EventTypes.Vocabulary);
            var staff = row.Integer(RencontresSheet.StaffAttendees);
            var volunteers = row.Integer(RencontresSheet.VolunteerAttendees);
            var director = row.YesNo(RencontresSheet.DirectorPresent);
            if (staff is { } s && volunteers is { } v && s + v < 1)
            {
                row.RowError(
                    IssueCodes.NoAttendee,
                    "aucun participant (0 salarié et 0 bénévole). Indiquez combien de salariés et de bénévoles étaient présents, ou supprimez la ligne.");
            }

            if (row.HasErrors || date is null || type is null || staff is null || volunteers is null || director is null)
            {
                continue;
            }

            var parsed = new MeetingRow(row.RowNumber, eventCode, date.Value, type.Value, staff.Value, volunteers.Value, director.Value);
            if (IsRepeated(row, parsed with { RowNumber = 0 }, firstRowByContent, "par exemple par le code événement"))
            {
                continue;
            }

            rows.Add(parsed);
        }

        return rows;
    }

    private static List<TrainingRow> ReadTrainings(TableSheet sheet, int? year)
    {
        var rows = new List<TrainingRow>();
        foreach (var row in sheet.Rows)
        {
            var actionCode = row.Text(FormationsSheet.ActionCode);
            var title = row.Text(FormationsSheet.Title);
            var date = DateWithinYear(row.Cell(FormationsSheet.Date), year);
            var staff = row.Integer(FormationsSheet.StaffTrainees);
            var volunteers = row.Integer(FormationsSheet.VolunteerTrainees);
            if (staff is { } s && volunteers is { } v && s + v < 1)
            {
                row.RowError(
                    IssueCodes.NoTrainee,
                    "aucune personne formée (0 salarié et 0 bénévole). Indiquez combien de salariés et de bénévoles ont suivi la formation, ou supprimez la ligne.");
            }

            if (!row.HasErrors && actionCode is not null && staff is not null && volunteers is not null)
            {
                rows.Add(new TrainingRow(row.RowNumber, actionCode, title, date, staff.Value, volunteers.Value));
            }
        }

        return rows;
    }

    private static List<ProgrammeRow> ReadProgrammes(TableSheet sheet)
    {
        var rows = new List<ProgrammeRow>();
        var firstRowByContent = new Dictionary<ProgrammeRow, int>();
        foreach (var row in sheet.Rows)
        {
            var programme = row.Enum(DispositifsSheet.Programme, Programmes.Vocabulary);
            var title = row.Text(DispositifsSheet.ProjectTitle);
            var status = row.Enum(DispositifsSheet.Status, ProjectStatuses.Vocabulary);
            var amountCell = row.Cell(DispositifsSheet.AmountEur);
            var amount = amountCell?.Money();
            var funder = row.Text(DispositifsSheet.Funder);
            var residents = row.Integer(DispositifsSheet.ResidentParticipants);
            var actions = row.Integer(DispositifsSheet.ActionsCount);

            if (programme is { } p && Programmes.AmountRequired.Contains(p)
                && status is ProjectStatus.EnCours or ProjectStatus.Termine
                && amount is null && amountCell?.HasError != true)
            {
                row.CellError(
                    DispositifsSheet.AmountEur,
                    IssueCodes.AmountRequired,
                    $"le montant accordé est obligatoire pour le dispositif « {Programmes.Vocabulary.LabelOf(p)} » au statut « {ProjectStatuses.Vocabulary.LabelOf(status.Value)} ». Saisissez le montant en euros{(amountCell is null ? " dans une colonne « Montant accordé (€) »" : string.Empty)}, par exemple 3 600,00 €.");
            }

            if (row.HasErrors || programme is null || status is null)
            {
                continue;
            }

            var parsed = new ProgrammeRow(row.RowNumber, programme.Value, title, status.Value, amount, funder, residents, actions);
            if (IsRepeated(row, parsed with { RowNumber = 0 }, firstRowByContent, "par exemple par l'intitulé du projet"))
            {
                continue;
            }

            rows.Add(parsed);
        }

        return rows;
    }

    /// <summary>
    /// True, with an error naming both rows, when a row is identical in every column to an earlier one (it would be
    /// counted twice; <c>Dispositifs</c>, and <c>Rencontres</c> since v1.1); else remembers the row's content.
    /// </summary>
    private static bool IsRepeated<TRow>(TableRow row, TRow content, Dictionary<TRow, int> firstRowByContent, string howToDistinguish)
        where TRow : notnull
    {
        if (!firstRowByContent.TryGetValue(content, out var firstRow))
        {
            firstRowByContent[content] = row.RowNumber;
            return false;
        }

        row.RowError(
            IssueCodes.DuplicateRow,
            string.Format(
                CultureInfo.InvariantCulture,
                "cette ligne est identique à la ligne {0} (mêmes valeurs dans toutes les colonnes) : elle serait comptée deux fois. Supprimez l'une des lignes {0} et {1}, ou distinguez-les ({2}).",
                firstRow,
                row.RowNumber,
                howToDistinguish));
        return true;
    }

    /// <summary>The cell's date, with an error on the cell when it falls outside the activity year.</summary>
    private static DateOnly? DateWithinYear(LocatedCell? cell, int? year)
    {
        var date = cell?.Date(year);
        if (cell is not null && date is { } dateValue && year is { } activityYear && dateValue.Year != activityYear)
        {
            cell.Error(
                IssueCodes.DateOutsideYear,
                string.Format(
                    CultureInfo.InvariantCulture,
                    "la date {0:dd/MM/yyyy} n'est pas dans l'année d'activité {1} (feuille Structure). Corrigez la date, ou l'année si c'est elle qui est fausse.",
                    dateValue,
                    activityYear));
        }

        return date;
    }

    [GeneratedRegex(StructureSheet.StructureCodePattern, RegexOptions.CultureInvariant)]
    private static partial Regex StructureCodePattern();

    private sealed record StructureRead(StructureDeclaration? Declaration, string? Code, int? Year);
}
