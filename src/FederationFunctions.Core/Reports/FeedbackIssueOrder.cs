using FederationFunctions.Core.Validation;

namespace FederationFunctions.Core.Reports;

/// <summary>
/// The order of problems in a feedback report: file-level problems first, then by sheet (in the order the
/// sheets first appear among the problems, i.e. the workbook's order), row, then column (<c>B</c> before <c>AA</c>).
/// </summary>
public static class FeedbackIssueOrder
{
    public static IReadOnlyList<ValidationIssue> Sort(IReadOnlyList<ValidationIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        var sheetRank = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var issue in issues)
        {
            if (issue.Sheet is not null && !sheetRank.ContainsKey(issue.Sheet))
            {
                sheetRank[issue.Sheet] = sheetRank.Count;
            }
        }

        return issues
            .Select((issue, index) => (Issue: issue, Index: index))
            .OrderBy(x => x.Issue.Sheet is null ? -1 : sheetRank[x.Issue.Sheet])
            .ThenBy(x => x.Issue.Row ?? 0)
            .ThenBy(x => x.Issue.Column?.Length ?? 0)
            .ThenBy(x => x.Issue.Column, StringComparer.OrdinalIgnoreCase)
            .ThenBy(x => x.Index)
            .Select(x => x.Issue)
            .ToList();
    }
}
