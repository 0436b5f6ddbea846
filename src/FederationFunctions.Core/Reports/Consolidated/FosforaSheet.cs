using ClosedXML.Excel;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Reports.Charts;
using FederationFunctions.Core.Reports.Excel;

namespace FederationFunctions.Core.Reports.Consolidated;

/// <summary><c>FOSFORA</c>: the FOSFORA table exactly as the consolidation built it (headings, lines, group totals, general total).</summary>
internal static class FosforaSheet
{
    public const string Name = "FOSFORA";

    public static readonly IReadOnlyList<string> Headers =
        ["Ligne FOSFORA", "Nombre de centres sociaux", "Nombre de bénévoles", "Nombre de séances", "Montant FOSFORA (€)"];

    public static void Write(XLWorkbook workbook, ConsolidatedSheetContext context)
    {
        var table = context.Result.Fosfora;
        var builder = new ReportSheetBuilder(workbook, Name, context.PageHeader("FOSFORA"));
        builder.AddTitle("FOSFORA : formation des bénévoles et financements", context.Subtitle);
        var headerRow = builder.AddTable(Headers, table.Rows.Select(ToRow), isMain: true);
        for (var n = 0; n < table.Rows.Count; n++)
        {
            if (table.Rows[n].Kind == FosforaRowKind.Line)
            {
                builder.Sheet.Cell(headerRow + 1 + n, 1).Style.Alignment.Indent = 1;
            }
        }

        builder.AddNotes(Notes(table, context), emphasised: table.OverrunEur is not null);

        var lines = table.Rows.Where(r => r.Kind == FosforaRowKind.Line).ToList();
        if (lines.Count > 0)
        {
            builder.AddSection("Montant FOSFORA par ligne");
            var linesHeader = builder.AddTable(
                ["Ligne FOSFORA", "Groupe", "Montant FOSFORA (€)"],
                lines.Select(l => ReportRow.Of(ReportCell.Of(l.Label), ReportCell.Of(l.Group), ReportCell.Euro(l.AmountEur))));
            context.Charts.Add(new ChartDefinition(
                Name,
                "Montant FOSFORA par ligne",
                ChartKind.Bar,
                CellRange.Column(Name, 1, linesHeader + 1, linesHeader + lines.Count),
                [new ChartSeries(CellRange.Cell(Name, linesHeader, 3), CellRange.Column(Name, 3, linesHeader + 1, linesHeader + lines.Count), ChartColors.Current)],
                NumberFormats.Euro,
                builder.ReserveChart(Headers.Count, rows: Math.Max(12, 4 + (2 * lines.Count)))));
        }

        builder.Finish();
    }

    private static ReportRow ToRow(FosforaTableRow row) => row.Kind switch
    {
        FosforaRowKind.GroupHeading => ReportRow.HeadingOf(ReportCell.Of(string.IsNullOrEmpty(row.Label) ? row.Group : row.Label)),
        FosforaRowKind.Line => ReportRow.Of(Figures(row)),
        _ => ReportRow.TotalOf(Figures(row)),
    };

    private static ReportCell[] Figures(FosforaTableRow row) =>
    [
        ReportCell.Of(row.Label),
        ReportCell.Count(row.Centres),
        ReportCell.Count(row.Volunteers),
        ReportCell.Count(row.Sessions),
        ReportCell.Euro(row.AmountEur),
    ];

    private static List<string> Notes(FosforaTable table, ConsolidatedSheetContext context)
    {
        var notes = new List<string>();
        if (table.Rows.Count == 0)
        {
            notes.Add("Aucune ligne FOSFORA dans le catalogue du référentiel.");
        }

        if (table.OverrunEur is { } overrun && table.EnvelopeEur is { } envelope)
        {
            notes.Add("Attention : le montant FOSFORA total dépasse l'enveloppe de " + FrenchText.Euros(envelope)
                + " de " + FrenchText.Euros(overrun) + ".");
        }
        else if (table.EnvelopeEur is { } within)
        {
            notes.Add("Le montant FOSFORA total reste dans l'enveloppe de " + FrenchText.Euros(within) + ".");
        }
        else
        {
            notes.Add("Le référentiel ne donne pas d'enveloppe FOSFORA.");
        }

        var members = context.Value(IndicatorCodes.ReseauStructures, IndicatorScopes.Federation) ?? 0m;
        var centres = table.Rows.LastOrDefault(r => r.Kind == FosforaRowKind.GrandTotal)?.Centres;
        notes.Add("Les totaux additionnent les lignes : un centre présent sur deux lignes y compte deux fois"
            + (centres is { } total && total > members
                ? ", c'est pourquoi le total général (" + FrenchText.Count(total) + " centres) dépasse le nombre de structures adhérentes (" + FrenchText.Count((int)members) + ")."
                : "."));
        return notes;
    }
}
