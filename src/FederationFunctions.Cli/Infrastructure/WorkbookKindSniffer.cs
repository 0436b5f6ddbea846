using FederationFunctions.Core.Validation.Centre;
using FederationFunctions.Core.Validation.Reference;
using FederationFunctions.Core.Validation.Sheets;
using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Cli.Infrastructure;

/// <summary>
/// Tells a centre workbook from the federation's reference by the names of its sheets, matched exactly as validation
/// matches them (same sheet definitions: case, accents, spaces, <c>_</c> and <c>-</c> ignored, alternative names accepted).
/// A sheet of the centre format (<c>Structure</c>, <c>Rencontres</c>…) points to a centre workbook; a sheet of the reference
/// format other than <c>Calendrier</c> (<c>Paramètres</c>, <c>Territoires</c>, <c>Structures</c>, <c>Catalogue</c>) points
/// to the reference. <c>Calendrier</c> decides nothing: the centre template carries a copy of the calendar under that name.
/// </summary>
internal static class WorkbookKindSniffer
{
    public static async Task<WorkbookKindDetection> DetectAsync(IWorkbookReader reader, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        WorkbookReadResult read;
        await using (var stream = File.OpenRead(path))
        {
            read = await reader.ReadAsync(stream, Path.GetFileName(path), cancellationToken).ConfigureAwait(false);
        }

        return read.Succeeded ? Detect(read.Workbook.Sheets.Select(s => s.Name).ToList()) : WorkbookKindDetection.Unreadable;
    }

    /// <summary>The kind that sheet names point to.</summary>
    public static WorkbookKindDetection Detect(IReadOnlyList<string> sheetNames)
    {
        ArgumentNullException.ThrowIfNull(sheetNames);
        var centre = Matching(sheetNames, CentreWorkbookFormat.Sheets);
        var reference = Matching(sheetNames, ReferenceWorkbookFormat.Sheets);
        var decisive = Matching(sheetNames, ReferenceWorkbookFormat.Sheets.Where(d => d != CalendrierSheet.Definition).ToList());
        WorkbookKind? kind = (centre.Count > 0, decisive.Count > 0) switch
        {
            (true, false) => WorkbookKind.Centre,
            (false, true) => WorkbookKind.Reference,
            _ => null,
        };
        return new WorkbookKindDetection(true, kind, sheetNames, centre, reference, decisive.Count > 0);
    }

    private static List<string> Matching(IReadOnlyList<string> sheetNames, IReadOnlyList<SheetDefinition> definitions) =>
        sheetNames.Where(name => definitions.Any(d => d.Matches(name))).ToList();
}
