using System.Globalization;
using FederationFunctions.Core.Model;

namespace FederationFunctions.Core.Consolidation;

/// <summary>
/// Builds the FOSFORA table (<c>indicators-v1.md</c> § The FOSFORA table): a heading per group (except a group
/// whose only line has the group's name), one row per
/// line, groups and lines in order of first appearance in the catalogue; <c>Total {group in lower case}</c>
/// after a group of more than one line; <c>TOTAL GÉNÉRAL</c> last. Totals add the line values.
/// </summary>
internal static class FosforaTableBuilder
{
    public const string GrandTotalLabel = "TOTAL GÉNÉRAL";

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static FosforaTable Build(ReferenceWorkbook? reference, LinkedActivity? activity, AnomalyCollector anomalies)
    {
        var rows = new List<FosforaTableRow>();
        var grandTotal = new Figures();
        foreach (var group in GroupLines(reference?.Catalogue ?? []))
        {
            if (!group.IsOnlyLineOfItsName)
            {
                rows.Add(new FosforaTableRow(FosforaRowKind.GroupHeading, group.Name, group.Name, 0, 0, 0, 0m));
            }

            var groupTotal = new Figures();
            foreach (var line in group.Lines)
            {
                var figures = LineFigures(line.Actions, activity);
                rows.Add(figures.ToRow(FosforaRowKind.Line, group.Name, line.Name));
                groupTotal.Add(figures);
                grandTotal.Add(figures);
            }

            if (group.Lines.Count > 1)
            {
                rows.Add(groupTotal.ToRow(FosforaRowKind.GroupTotal, group.Name, "Total " + group.Name.ToLower(French)));
            }
        }

        rows.Add(grandTotal.ToRow(FosforaRowKind.GrandTotal, string.Empty, GrandTotalLabel));
        var envelope = reference?.FosforaEnvelopeEur;
        decimal? overrun = envelope is not null && grandTotal.AmountEur > envelope.Value
            ? grandTotal.AmountEur - envelope.Value
            : null;
        if (overrun is not null)
        {
            anomalies.FosforaOverEnvelope(grandTotal.AmountEur, envelope!.Value, overrun.Value);
        }

        return new FosforaTable(rows, envelope, overrun);
    }

    private static Figures LineFigures(IReadOnlyList<CatalogueAction> actions, LinkedActivity? activity)
    {
        var centres = new HashSet<string>(StringComparer.Ordinal);
        var figures = new Figures();
        foreach (var action in actions)
        {
            var attendance = activity?.For(action) ?? ActionAttendance.Empty;
            centres.UnionWith(attendance.StructuresWithVolunteers);
            figures.Volunteers += attendance.VolunteerTrainees + action.VolunteersOutsideCentres;
            figures.Sessions += action.Sessions;
            figures.AmountEur += action.FosforaAmountEur;
        }

        figures.Centres = centres.Count;
        return figures;
    }

    /// <summary>Groups and lines in order of first appearance; names compared trimmed and case-insensitively, shown as first written.</summary>
    private static List<FosforaGroup> GroupLines(IEnumerable<CatalogueAction> catalogue)
    {
        var groups = new List<FosforaGroup>();
        var groupByKey = new Dictionary<string, FosforaGroup>(StringComparer.Ordinal);
        var seenActions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var action in catalogue)
        {
            if (string.IsNullOrWhiteSpace(action.FosforaGroup) || !seenActions.Add(CodeKey.Of(action.ActionCode)))
            {
                continue;
            }

            var groupName = action.FosforaGroup.Trim();
            if (!groupByKey.TryGetValue(CodeKey.Of(groupName), out var group))
            {
                group = new FosforaGroup(groupName);
                groupByKey[CodeKey.Of(groupName)] = group;
                groups.Add(group);
            }

            var lineName = string.IsNullOrWhiteSpace(action.FosforaLine) ? action.Title.Trim() : action.FosforaLine.Trim();
            group.LineNamed(lineName).Actions.Add(action);
        }

        return groups;
    }

    private sealed class FosforaGroup(string name)
    {
        private readonly Dictionary<string, FosforaLine> lineByKey = new(StringComparer.Ordinal);

        public string Name { get; } = name;

        public List<FosforaLine> Lines { get; } = [];

        /// <summary>
        /// A group whose single line bears the group's name (e.g. AMEPP): a heading would only repeat the line's
        /// label on an empty row, so the line stands alone.
        /// </summary>
        public bool IsOnlyLineOfItsName =>
            Lines.Count == 1 && string.Equals(CodeKey.Of(Lines[0].Name), CodeKey.Of(Name), StringComparison.Ordinal);

        public FosforaLine LineNamed(string lineName)
        {
            var key = CodeKey.Of(lineName);
            if (!lineByKey.TryGetValue(key, out var line))
            {
                line = new FosforaLine(lineName);
                lineByKey[key] = line;
                Lines.Add(line);
            }

            return line;
        }
    }

    private sealed class FosforaLine(string name)
    {
        public string Name { get; } = name;

        public List<CatalogueAction> Actions { get; } = [];
    }

    private sealed class Figures
    {
        public int Centres { get; set; }

        public int Volunteers { get; set; }

        public int Sessions { get; set; }

        public decimal AmountEur { get; set; }

        public void Add(Figures other)
        {
            Centres += other.Centres;
            Volunteers += other.Volunteers;
            Sessions += other.Sessions;
            AmountEur += other.AmountEur;
        }

        public FosforaTableRow ToRow(FosforaRowKind kind, string group, string label) =>
            new(kind, group, label, Centres, Volunteers, Sessions, AmountEur);
    }
}
