using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Core.Validation.Sheets;

/// <summary>
/// Finds each defined sheet in a workbook by name (case, accents, spaces, <c>_</c>, <c>-</c> ignored; alternative names
/// accepted). Other sheets are ignored. A missing required sheet is an error; two sheets naming the same defined sheet
/// are an error (which one holds the data would be a guess), and the first one is read.
/// </summary>
public static class WorkbookSheets
{
    public static IReadOnlyDictionary<SheetDefinition, SheetData> Resolve(
        WorkbookData workbook,
        IReadOnlyList<SheetDefinition> definitions,
        IssueCollector issues)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(issues);
        var found = new Dictionary<SheetDefinition, SheetData>(ReferenceEqualityComparer.Instance);
        foreach (var sheet in workbook.Sheets)
        {
            var definition = definitions.FirstOrDefault(d => d.Matches(sheet.Name));
            if (definition is null)
            {
                continue;
            }

            if (found.TryGetValue(definition, out var first))
            {
                issues.AddSheetIssue(
                    Severity.Error,
                    IssueCodes.SheetDuplicate,
                    sheet.Name,
                    $"cette feuille et la feuille « {first.Name} » sont toutes deux lues comme la feuille « {definition.Name} ». Gardez-en une seule, ou renommez l'autre (par exemple « Notes »).");
                continue;
            }

            found[definition] = sheet;
        }

        foreach (var missing in definitions.Where(d => d.Required && !found.ContainsKey(d)))
        {
            var names = string.Join(" ou ", missing.AlternativeNames.Prepend(missing.Name).Select(n => $"« {n} »"));
            issues.AddFileIssue(
                Severity.Error,
                IssueCodes.SheetMissing,
                $"La feuille obligatoire « {missing.Name} » est absente. Ajoutez une feuille nommée {names}, ou renommez la feuille qui contient ces données.");
        }

        return found;
    }
}
