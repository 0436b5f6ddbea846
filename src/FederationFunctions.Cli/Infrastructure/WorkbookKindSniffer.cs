using FederationFunctions.Core.Validation.Centre;
using FederationFunctions.Core.Validation.Reference;
using FederationFunctions.Core.Validation.Sheets;
using FederationFunctions.Core.Workbooks;

namespace FederationFunctions.Cli.Infrastructure;

/// <summary>
/// Tells a centre workbook from the federation's reference by the names of its sheets, matched exactly as validation
/// matches them (the same sheet definitions: case, accents, spaces, <c>_</c> and <c>-</c> ignored, alternative names accepted).
/// The required sheets decide first: <c>Structure</c> for a centre workbook; <c>Paramètres</c>, <c>Territoires</c> or
/// <c>Structures</c> for the reference; a workbook with required sheets of both is ambiguous. Without any required sheet,
/// the optional ones decide (<c>Rencontres</c>, <c>Formations</c>, <c>Dispositifs</c>; <c>Catalogue</c>), so that a
/// workbook that lost its main sheet is still checked as what it is and told what is missing. <c>Calendrier</c> never
/// decides: the centre template carries a copy of the calendar under that name. A centre's own extra sheet named like a
/// reference sheet (« Catalogue ») thus changes nothing when its <c>Structure</c> sheet is there.
/// </summary>
internal static class WorkbookKindSniffer
{
    public static async Task<WorkbookKindDetection> DetectAsync(IWorkbookReader reader, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        WorkbookReadResult read;
        await using (var stream = File.OpenRead(path))
        {
            // Only the names matter: no sheet's cells are kept.
            read = await reader.ReadAsync(stream, Path.GetFileName(path), readsSheet: _ => false, cancellationToken).ConfigureAwait(false);
        }

        return read.Succeeded ? Detect(read.Workbook.Sheets.Select(s => s.Name).ToList()) : WorkbookKindDetection.Unreadable;
    }

    /// <summary>The kind that sheet names point to.</summary>
    public static WorkbookKindDetection Detect(IReadOnlyList<string> sheetNames)
    {
        ArgumentNullException.ThrowIfNull(sheetNames);
        var centreFormat = CentreWorkbookFormat.Sheets;
        var referenceFormat = ReferenceWorkbookFormat.Sheets.Where(d => d != CalendrierSheet.Definition).ToList();
        var centre = Matching(sheetNames, centreFormat);
        var reference = Matching(sheetNames, ReferenceWorkbookFormat.Sheets);
        var (kind, ambiguous) = Decide(
            Matching(sheetNames, centreFormat.Where(d => d.Required).ToList()).Count > 0,
            Matching(sheetNames, referenceFormat.Where(d => d.Required).ToList()).Count > 0)
            ?? Decide(centre.Count > 0, Matching(sheetNames, referenceFormat).Count > 0)
            ?? (null, false);
        return new WorkbookKindDetection(true, kind, ambiguous, sheetNames, centre, reference);
    }

    /// <summary>Ambiguous when both kinds have sheets, the kind that has some, or null when neither has (weaker evidence decides next).</summary>
    private static (WorkbookKind? Kind, bool Ambiguous)? Decide(bool centre, bool reference) => (centre, reference) switch
    {
        (true, true) => (null, true),
        (true, false) => (WorkbookKind.Centre, false),
        (false, true) => (WorkbookKind.Reference, false),
        _ => null,
    };

    private static List<string> Matching(IReadOnlyList<string> sheetNames, IReadOnlyList<SheetDefinition> definitions) =>
        sheetNames.Where(name => definitions.Any(d => d.Matches(name))).ToList();
}
