using System.Globalization;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Validation.Centre;
using FederationFunctions.Core.Validation.Sheets;

namespace FederationFunctions.Core.Validation;

/// <summary>
/// What <c>federation validate --reference</c> adds to a centre workbook's check, as warnings (never errors: the
/// reference is not part of ingestion): event codes absent from the calendar, action codes absent from the catalogue,
/// a structure absent from the reference or not a member. Codes are compared without regard to case or surrounding spaces.
/// </summary>
public static class ReferenceCrossCheck
{
    public static IReadOnlyList<ValidationIssue> Check(CentreWorkbook workbook, ReferenceWorkbook reference)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(reference);
        var issues = new List<ValidationIssue>();
        var year = reference.Year.ToString(CultureInfo.InvariantCulture);

        if (workbook.Structure.Year != reference.Year)
        {
            issues.Add(new ValidationIssue(
                Severity.Warning,
                IssueCodes.ReferenceYearMismatch,
                string.Format(
                    CultureInfo.InvariantCulture,
                    "{0} : le classeur déclare l'année {1} mais le référentiel est celui de {2}. Vérifiez que vous utilisez le référentiel de la bonne année.",
                    StructureSheet.Definition.Name,
                    workbook.Structure.Year,
                    year),
                StructureSheet.Definition.Name));
        }

        var structureCode = Key(workbook.Structure.StructureCode);
        var structure = reference.Structures.FirstOrDefault(s => Key(s.Code) == structureCode);
        if (structure is null)
        {
            issues.Add(new ValidationIssue(
                Severity.Warning,
                IssueCodes.StructureUnknown,
                $"{StructureSheet.Definition.Name} : la structure « {workbook.Structure.StructureCode} » est absente du référentiel {year}. Ses données ne seront comptées dans aucun indicateur : vérifiez le code structure auprès de la fédération.",
                StructureSheet.Definition.Name,
                Header: StructureSheet.StructureCode.FrenchHeader,
                Value: workbook.Structure.StructureCode));
        }
        else if (!structure.IsMember)
        {
            issues.Add(new ValidationIssue(
                Severity.Warning,
                IssueCodes.StructureNotMember,
                $"{StructureSheet.Definition.Name} : la structure « {workbook.Structure.StructureCode} » n'est pas adhérente dans le référentiel {year}. Ses données ne seront comptées dans aucun indicateur : contactez la fédération si c'est une erreur.",
                StructureSheet.Definition.Name,
                Header: StructureSheet.StructureCode.FrenchHeader,
                Value: workbook.Structure.StructureCode));
        }

        var eventCodes = reference.Calendar.Select(e => Key(e.EventCode)).ToHashSet(StringComparer.Ordinal);
        foreach (var meeting in workbook.Meetings)
        {
            if (meeting.EventCode is { } code && !string.IsNullOrWhiteSpace(code) && !eventCodes.Contains(Key(code)))
            {
                issues.Add(new ValidationIssue(
                    Severity.Warning,
                    IssueCodes.UnknownEventCode,
                    string.Format(
                        CultureInfo.InvariantCulture,
                        "{0}, ligne {1} ({2}) : le code événement « {3} » n'existe pas dans le calendrier fédéral {4}. Corrigez le code, ou videz-le pour que la rencontre soit reconnue par sa date et son type.",
                        RencontresSheet.Definition.Name,
                        meeting.RowNumber,
                        RencontresSheet.EventCode.FrenchHeader,
                        code,
                        year),
                    RencontresSheet.Definition.Name,
                    meeting.RowNumber,
                    Header: RencontresSheet.EventCode.FrenchHeader,
                    Value: code));
            }
        }

        var actionCodes = reference.Catalogue.Select(a => Key(a.ActionCode)).ToHashSet(StringComparer.Ordinal);
        foreach (var training in workbook.Trainings)
        {
            if (!actionCodes.Contains(Key(training.ActionCode)))
            {
                issues.Add(new ValidationIssue(
                    Severity.Warning,
                    IssueCodes.UnknownActionCode,
                    string.Format(
                        CultureInfo.InvariantCulture,
                        "{0}, ligne {1} ({2}) : le code action « {3} » n'existe pas dans le catalogue de formation {4}. Cette ligne ne sera comptée dans aucun indicateur de formation : corrigez le code.",
                        FormationsSheet.Definition.Name,
                        training.RowNumber,
                        FormationsSheet.ActionCode.FrenchHeader,
                        training.ActionCode,
                        year),
                    FormationsSheet.Definition.Name,
                    training.RowNumber,
                    Header: FormationsSheet.ActionCode.FrenchHeader,
                    Value: training.ActionCode));
            }
        }

        return issues;
    }

    private static string Key(string code) => code.Trim().ToUpperInvariant();
}
