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

        ReportLookalikes(workbook, definitions, found, issues);

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

    /// <summary>
    /// An ignored sheet whose name begins with the name of a sheet the workbook lacks (« Rencontres 2023 » without
    /// « Rencontres ») is most likely that sheet renamed: a warning says it was not read.
    /// </summary>
    private static void ReportLookalikes(
        WorkbookData workbook,
        IReadOnlyList<SheetDefinition> definitions,
        Dictionary<SheetDefinition, SheetData> found,
        IssueCollector issues)
    {
        foreach (var sheet in workbook.Sheets)
        {
            if (definitions.Any(d => d.Matches(sheet.Name)))
            {
                continue;
            }

            var name = HeaderNormalizer.NormalizeSheetName(sheet.Name);
            var lookalike = definitions.FirstOrDefault(d => !found.ContainsKey(d)
                && d.AlternativeNames.Prepend(d.Name).Any(n => name.StartsWith(HeaderNormalizer.NormalizeSheetName(n), StringComparison.Ordinal)));
            if (lookalike is not null)
            {
                issues.AddSheetIssue(
                    Severity.Warning,
                    IssueCodes.SheetIgnored,
                    sheet.Name,
                    $"cette feuille n'est pas lue : son nom ne correspond exactement à aucune feuille attendue. S'il s'agit de la feuille « {lookalike.Name} », renommez-la « {lookalike.Name} ».");
            }
        }
    }
}
