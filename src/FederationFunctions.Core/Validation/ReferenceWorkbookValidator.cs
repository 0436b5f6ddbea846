using System.Globalization;
using System.Text.RegularExpressions;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Validation.Centre;
using FederationFunctions.Core.Validation.Reference;
using FederationFunctions.Core.Validation.Sheets;
using FederationFunctions.Core.Validation.Vocabularies;
using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Validation;

/// <summary>
/// Validates the federation's reference workbook against <c>reference-workbook-v1.md</c> (with the parsing rules of
/// <c>centre-workbook-v1.md</c>) and normalises it. Every problem is collected; the workbook is returned only without error.
/// </summary>
public sealed partial class ReferenceWorkbookValidator
{
    private readonly WorkbookReaderLimits _limits;

    public ReferenceWorkbookValidator(WorkbookReaderLimits? limits = null) => _limits = limits ?? WorkbookReaderLimits.Default;

    /// <param name="workbook">The workbook's cells.</param>
    /// <param name="expectedYear">The <c>{year}</c> folder of the upload; null when checking a file offline.</param>
    public ValidationResult<ReferenceWorkbook> Validate(WorkbookData workbook, int? expectedYear)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        var issues = new IssueCollector(workbook.Sheets.Select(s => s.Name));
        var sheets = WorkbookSheets.Resolve(workbook, ReferenceWorkbookFormat.Sheets, issues);

        var parameters = sheets.TryGetValue(ParametresSheet.Definition, out var parameterSheet)
            ? ReadParameters(parameterSheet, expectedYear, issues)
            : new ParametersRead(null, null, false);
        var datesYear = parameters.Year ?? expectedYear;

        var territories = new TerritoryIndex(sheets.ContainsKey(TerritoiresSheet.Definition));
        var territoryRows = sheets.TryGetValue(TerritoiresSheet.Definition, out var territorySheet)
            ? ReadTerritories(Table(territorySheet, TerritoiresSheet.Definition, issues), territories)
            : [];
        var structures = sheets.TryGetValue(StructuresSheet.Definition, out var structureSheet)
            ? ReadStructures(Table(structureSheet, StructuresSheet.Definition, issues), territories)
            : [];
        var calendar = sheets.TryGetValue(CalendrierSheet.Definition, out var calendarSheet)
            ? ReadCalendar(Table(calendarSheet, CalendrierSheet.Definition, issues), territories, datesYear)
            : [];
        var catalogue = sheets.TryGetValue(CatalogueSheet.Definition, out var catalogueSheet)
            ? ReadCatalogue(Table(catalogueSheet, CatalogueSheet.Definition, issues))
            : [];

        var result = !issues.HasErrors && parameters is { Year: { } year, IsValid: true }
            ? new ReferenceWorkbook(year, parameters.FosforaEnvelopeEur, territoryRows, structures, calendar, catalogue)
            : null;
        return new ValidationResult<ReferenceWorkbook>(result, issues.ToList());
    }

    private TableSheet Table(SheetData sheet, Sheets.SheetDefinition definition, IssueCollector issues) =>
        TableSheetReader.Read(sheet, definition, issues, _limits.MaxDataRowsPerSheet);

    private static ParametersRead ReadParameters(SheetData sheet, int? expectedYear, IssueCollector issues)
    {
        var form = FormSheetReader.Read(sheet, ParametresSheet.Definition, issues);
        int? year = null;
        if (form.Field(ParametresSheet.Year) is { } yearCell && yearCell.Integer() is { } yearValue)
        {
            if (yearValue is < StructureSheet.MinYear or > StructureSheet.MaxYear)
            {
                yearCell.Error(
                    IssueCodes.YearOutOfRange,
                    string.Format(
                        CultureInfo.InvariantCulture,
                        "l'année {0} est hors de la plage {1} – {2}. Saisissez l'année du référentiel sur 4 chiffres{3}.",
                        yearValue,
                        StructureSheet.MinYear,
                        StructureSheet.MaxYear,
                        expectedYear is { } folderYear ? $", ici {folderYear.ToString(CultureInfo.InvariantCulture)} (son dossier de dépôt)" : string.Empty));
            }
            else if (expectedYear is { } folderYear && folderYear != yearValue)
            {
                yearCell.Error(
                    IssueCodes.YearMismatch,
                    string.Format(
                        CultureInfo.InvariantCulture,
                        "l'année {0} ne correspond pas au dossier de dépôt « reference/{1} ». Déposez le fichier dans le dossier reference/{0}, ou corrigez l'année.",
                        yearValue,
                        folderYear));
                year = yearValue;
            }
            else
            {
                year = yearValue;
            }
        }

        var envelope = form.Field(ParametresSheet.FosforaEnvelopeEur)?.Money();
        return new ParametersRead(year, envelope, year is not null);
    }

    private static List<Territory> ReadTerritories(TableSheet sheet, TerritoryIndex index)
    {
        var rows = new List<Territory>();
        var firstRowByCode = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in sheet.Rows)
        {
            var codeCell = row.Cell(TerritoiresSheet.TerritoryCode);
            var code = PatternedUniqueCode(
                codeCell, row.RowNumber, firstRowByCode, TerritoryCodePattern(), IssueCodes.TerritoryCodeInvalid,
                text => $"« {text} » n'est pas un code AT valide. Saisissez 3 lettres majuscules, par exemple LIL.", "code AT", index.Written);

            var name = row.Text(TerritoiresSheet.TerritoryName);
            var department = row.Enum(TerritoiresSheet.Department, Departments.Vocabulary);
            if (!row.HasErrors && code is not null && name is not null && department is not null)
            {
                rows.Add(new Territory(code, name, department.Value));
                index.Departments[code] = department.Value;
            }
        }

        return rows;
    }

    private static List<MemberStructure> ReadStructures(TableSheet sheet, TerritoryIndex territories)
    {
        var rows = new List<MemberStructure>();
        var firstRowByCode = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in sheet.Rows)
        {
            var codeCell = row.Cell(StructuresSheet.StructureCode);
            var code = PatternedUniqueCode(
                codeCell, row.RowNumber, firstRowByCode, StructureCodePattern(), IssueCodes.StructureCodeInvalid,
                text => $"« {text} » n'est pas un code structure valide. Saisissez un code de la forme 59-LIL-001 (2 chiffres, 3 lettres, 3 chiffres).", "code structure");

            var name = row.Text(StructuresSheet.Name);
            var commune = row.Text(StructuresSheet.Commune);
            var departmentCell = row.Cell(StructuresSheet.Department);
            var department = departmentCell?.Enum(Departments.Vocabulary);
            var territoryCell = row.Cell(StructuresSheet.TerritoryCode);
            var territory = territoryCell is null ? null : CheckTerritory(territoryCell, territories);
            if (departmentCell is not null && department is { } structureDepartment && territory is not null
                && territories.Departments.TryGetValue(territory, out var territoryDepartment) && territoryDepartment != structureDepartment)
            {
                departmentCell.Error(
                    IssueCodes.DepartmentMismatch,
                    $"le département {DepartmentText(structureDepartment)} ne correspond pas à celui du territoire « {territory} » ({DepartmentText(territoryDepartment)}). Corrigez le département ou le code AT.");
            }

            var type = row.Enum(StructuresSheet.StructureType, StructureTypes.Vocabulary);
            var management = row.Enum(StructuresSheet.Management, Managements.Vocabulary);
            var isMember = row.YesNo(StructuresSheet.IsMember);
            var contactName = row.Text(StructuresSheet.ContactName);
            var contactEmail = ContactEmail(row);
            var contactPhone = row.Text(StructuresSheet.ContactPhone);
            if (!row.HasErrors && code is not null && name is not null && commune is not null && department is not null
                && territory is not null && type is not null && management is not null && isMember is not null)
            {
                rows.Add(new MemberStructure(
                    Code: code,
                    Name: name,
                    Commune: commune,
                    Department: department.Value,
                    TerritoryCode: territory,
                    Type: type.Value,
                    Management: management.Value,
                    IsMember: isMember.Value,
                    ContactName: contactName,
                    ContactEmail: contactEmail,
                    ContactPhone: contactPhone));
            }
        }

        return rows;
    }

    /// <summary>The contact's address when it has the form <c>local@domain.tld</c>; otherwise a warning and null (kept out of links and exports).</summary>
    private static string? ContactEmail(TableRow row)
    {
        var cell = row.Cell(StructuresSheet.ContactEmail);
        var text = cell?.Text();
        if (cell is null || text is null || EmailPattern().IsMatch(text))
        {
            return text;
        }

        cell.Warning(
            IssueCodes.ContactEmailInvalid,
            $"« {text} » n'est pas une adresse électronique de la forme nom@domaine.fr : elle ne sera reprise ni dans les rapports ni dans les exports. Corrigez l'adresse ou videz la cellule.");
        return null;
    }

    private static List<CalendarEvent> ReadCalendar(TableSheet sheet, TerritoryIndex territories, int? year)
    {
        var rows = new List<CalendarEvent>();
        var firstRowByCode = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in sheet.Rows)
        {
            var code = UniqueCode(row.Cell(CalendrierSheet.EventCode), row.RowNumber, firstRowByCode, "code événement");

            var dateCell = row.Cell(CalendrierSheet.Date);
            var date = dateCell?.Date(year);
            if (dateCell is not null && date is { } dateValue && year is { } referenceYear && dateValue.Year != referenceYear)
            {
                dateCell.Error(
                    IssueCodes.DateOutsideYear,
                    string.Format(
                        CultureInfo.InvariantCulture,
                        "la date {0:dd/MM/yyyy} n'est pas dans l'année {1} du référentiel. Corrigez la date.",
                        dateValue,
                        referenceYear));
            }

            var type = row.Enum(CalendrierSheet.EventType, EventTypes.Vocabulary);
            var territoryCell = row.Cell(CalendrierSheet.TerritoryCode);
            var territory = territoryCell is null || territoryCell.Value.IsBlank ? null : CheckTerritory(territoryCell, territories);
            var title = row.Text(CalendrierSheet.Title);
            if (!row.HasErrors && code is not null && date is not null && type is not null)
            {
                rows.Add(new CalendarEvent(code, date.Value, type.Value, territory, title));
            }
        }

        return rows;
    }

    private static List<CatalogueAction> ReadCatalogue(TableSheet sheet)
    {
        var rows = new List<CatalogueAction>();
        var firstRowByCode = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in sheet.Rows)
        {
            var code = UniqueCode(row.Cell(CatalogueSheet.ActionCode), row.RowNumber, firstRowByCode, "code action");

            var title = row.Text(CatalogueSheet.Title);
            var audience = row.Enum(CatalogueSheet.Audience, Audiences.Vocabulary);
            var group = row.Text(CatalogueSheet.FosforaGroup);
            var lineCell = row.Cell(CatalogueSheet.FosforaLine);
            var line = lineCell?.Text();
            if (group is not null && line is null && lineCell?.HasError != true)
            {
                row.CellError(
                    CatalogueSheet.FosforaLine,
                    IssueCodes.FosforaLineRequired,
                    $"la ligne FOSFORA est obligatoire quand le groupe FOSFORA est donné (« {group} »). Saisissez la ligne du tableau FOSFORA{(lineCell is null ? " dans une colonne « Ligne FOSFORA »" : string.Empty)}, par exemple « Formations Mixtes », ou videz le groupe.");
            }

            var sessions = row.Cell(CatalogueSheet.Sessions) is { } sessionsCell ? sessionsCell.Integer() : 0;
            var amount = row.Cell(CatalogueSheet.FosforaAmountEur) is { } amountCell ? amountCell.Money() : 0m;
            var outside = row.Cell(CatalogueSheet.VolunteersOutsideCentres) is { } outsideCell ? outsideCell.Integer() : 0;
            if (!row.HasErrors && code is not null && title is not null)
            {
                rows.Add(new CatalogueAction(code, title, audience, group, line, sessions ?? 0, amount ?? 0m, outside ?? 0));
            }
        }

        return rows;
    }

    /// <summary>The trimmed code of a row, with an error on its cell when an earlier row already used it (case-insensitive).</summary>
    private static string? UniqueCode(LocatedCell? codeCell, int rowNumber, Dictionary<string, int> firstRowByCode, string what)
    {
        var code = codeCell?.Text()?.Trim();
        if (codeCell is not null && code is not null)
        {
            var key = code.ToUpperInvariant();
            if (firstRowByCode.TryGetValue(key, out var firstRow))
            {
                codeCell.Error(IssueCodes.DuplicateCode, DuplicateFragment(what, code, firstRow));
            }
            else
            {
                firstRowByCode[key] = rowNumber;
            }
        }

        return code;
    }

    /// <summary>
    /// The trimmed, upper-cased code of a row when it matches <paramref name="pattern"/> and no earlier row used it;
    /// otherwise null, with an error on its cell. Every code written is added to <paramref name="written"/> when given.
    /// </summary>
    private static string? PatternedUniqueCode(
        LocatedCell? codeCell,
        int rowNumber,
        Dictionary<string, int> firstRowByCode,
        Regex pattern,
        string invalidIssueCode,
        Func<string, string> invalidMessage,
        string what,
        ICollection<string>? written = null)
    {
        if (codeCell?.Text() is not { } codeText)
        {
            return null;
        }

        var candidate = codeText.Trim().ToUpperInvariant();
        written?.Add(candidate);
        if (!pattern.IsMatch(candidate))
        {
            codeCell.Error(invalidIssueCode, invalidMessage(codeText));
            return null;
        }

        if (firstRowByCode.TryGetValue(candidate, out var firstRow))
        {
            codeCell.Error(IssueCodes.DuplicateCode, DuplicateFragment(what, candidate, firstRow));
            return null;
        }

        firstRowByCode[candidate] = rowNumber;
        return candidate;
    }

    private static string? CheckTerritory(LocatedCell cell, TerritoryIndex territories)
    {
        var text = cell.Text();
        if (text is null)
        {
            return null;
        }

        var code = text.Trim().ToUpperInvariant();
        if (territories.Departments.ContainsKey(code))
        {
            return code;
        }

        if (territories.SheetPresent && !territories.Written.Contains(code))
        {
            cell.Error(
                IssueCodes.UnknownTerritory,
                $"le code AT « {text} » n'existe pas dans la feuille Territoires. Corrigez le code, ou ajoutez le territoire dans la feuille Territoires.");
        }

        return null;
    }

    private static string DuplicateFragment(string what, string code, int firstRow) =>
        string.Format(
            CultureInfo.InvariantCulture,
            "le {0} « {1} » est déjà utilisé ligne {2}. Chaque {0} doit être unique : supprimez le doublon ou corrigez le code.",
            what,
            code,
            firstRow);

    private static string DepartmentText(Department department) =>
        string.Format(CultureInfo.InvariantCulture, "{0} ({1})", Departments.Vocabulary.LabelOf(department), (int)department);

    [GeneratedRegex(StructureSheet.StructureCodePattern, RegexOptions.CultureInvariant)]
    private static partial Regex StructureCodePattern();

    [GeneratedRegex(TerritoiresSheet.TerritoryCodePattern, RegexOptions.CultureInvariant)]
    private static partial Regex TerritoryCodePattern();

    /// <summary><c>local@domain.tld</c>: a local part without space or « @ », then dot-separated non-empty labels, at least two.</summary>
    [GeneratedRegex(@"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    private sealed record ParametersRead(int? Year, decimal? FosforaEnvelopeEur, bool IsValid);

    /// <summary>Territory codes written in the sheet (even on rows with errors) and the departments of the valid ones.</summary>
    private sealed class TerritoryIndex(bool sheetPresent)
    {
        public bool SheetPresent { get; } = sheetPresent;

        public HashSet<string> Written { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Department> Departments { get; } = new(StringComparer.Ordinal);
    }
}
