using ClosedXML.Excel;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Reports.Charts;
using FederationFunctions.Core.Reports.Excel;

namespace FederationFunctions.Core.Reports.Consolidated;

/// <summary>
/// <c>Vie fédérale</c>: per meeting type (the v1.1 <c>VIE.*</c> indicators) the calendar's events, the attending member
/// structures and participants per department and in total; then per territory, territorial assemblies and directors' meetings.
/// </summary>
internal static class FederalLifeSheet
{
    public const string Name = "Vie fédérale";

    /// <summary>The meeting types in the order a board reads them: statutory meetings first.</summary>
    private static readonly EventType[] MeetingTypes =
        [EventType.AG, EventType.CONGRES, EventType.PRESIDENCES, EventType.DIRECTIONS, EventType.AT, EventType.AUTRE];

    public static void Write(XLWorkbook workbook, ConsolidatedSheetContext context)
    {
        var builder = new ReportSheetBuilder(workbook, Name, context.PageHeader("Vie fédérale"));
        builder.AddTitle("Vie fédérale : rencontres du réseau", context.Subtitle);
        builder.AddTable(
            ["Type de rencontre",
             "Événements – Nord", "Événements – Pas-de-Calais", "Événements – Total",
             "Structures présentes – Nord", "Structures présentes – Pas-de-Calais", "Structures présentes – Total",
             "Part des adhérentes – Nord", "Part des adhérentes – Pas-de-Calais", "Part des adhérentes – Total",
             "Participants – Nord", "Participants – Pas-de-Calais", "Participants – Total"],
            [.. MeetingTypes.Select(t => MeetingTypeRow(context, t)), TotalRow(context)],
            isMain: true);
        builder.AddNotes(
        [
            "Événements : rencontres du calendrier du référentiel ; une rencontre fédérale (sans assemblée territoriale) ne compte que dans le total.",
            "Structures présentes : structures adhérentes ayant déclaré au moins une présence ; une structure compte dans le département de son référentiel.",
            "Ligne Total : les événements et les participants s'additionnent ; les structures présentes, non (une structure présente à plusieurs types de rencontres compterait plusieurs fois).",
        ]);

        builder.AddSection("Par assemblée territoriale : assemblées territoriales et réunions des directions");
        string[] headers =
        [
            "Code AT", "Assemblée territoriale", "Département", "Structures adhérentes", "Réunions d'AT", "Participants",
            "dont salariés", "dont bénévoles", "Participants par réunion", "Structures par réunion",
            "Taux de participation " + context.YearLabel, "Taux de participation " + context.PreviousYearLabel,
            "Réunions des directions", "Taux de présence des directions",
        ];
        var headerRow = builder.AddTable(
            headers,
            context.Territories.Select(t => ReportRow.Of(
                ReportCell.Of(t.Code),
                ReportCell.Of(t.Name),
                ReportCell.Of(FrenchLabels.Department(t.Department)),
                context.Cell(IndicatorCodes.ReseauStructures, t.Code),
                context.Cell(IndicatorCodes.AtReunions, t.Code),
                context.Cell(IndicatorCodes.AtParticipants, t.Code),
                context.Cell(IndicatorCodes.AtSalaries, t.Code),
                context.Cell(IndicatorCodes.AtBenevoles, t.Code),
                context.Cell(IndicatorCodes.AtParticipantsMoyen, t.Code),
                context.Cell(IndicatorCodes.AtStructuresMoyen, t.Code),
                context.Cell(IndicatorCodes.AtTauxParticipation, t.Code),
                context.PreviousCell(IndicatorCodes.AtTauxParticipation, t.Code),
                context.Cell(IndicatorCodes.DirectionsReunions, t.Code),
                context.Cell(IndicatorCodes.DirectionsTauxPresence, t.Code))));
        List<string> notes =
        [
            "Taux de participation : nombre moyen de structures présentes par assemblée territoriale, rapporté aux structures adhérentes du territoire.",
            "Taux de présence des directions : nombre moyen de structures dont la direction était présente par réunion des directions, rapporté aux structures adhérentes du territoire.",
            "Une moyenne est laissée vide quand il n'y a eu aucune réunion.",
        ];
        if (!context.YearOverYear.HasPreviousYear)
        {
            notes.Add(context.YearOverYear.MissingNote);
        }

        builder.AddNotes(notes);
        if (context.Territories.Count > 0)
        {
            context.Charts.Add(TerritoryRateChart.For(
                Name, "Participation aux assemblées territoriales", headerRow, context.Territories.Count, rateColumn: 11, context, builder.ReserveChart(headers.Length, rows: Math.Min(30, 8 + (2 * context.Territories.Count)))));
        }

        builder.Finish();
    }

    private static ReportRow MeetingTypeRow(ConsolidatedSheetContext context, EventType type)
    {
        var cells = new List<ReportCell> { ReportCell.Of(IndicatorLabels.MeetingTypeLabel(type)) };
        foreach (var measure in new[] { IndicatorCodes.VieEvenements, IndicatorCodes.VieStructures, IndicatorCodes.VieTauxStructures, IndicatorCodes.VieParticipants })
        {
            cells.AddRange(ConsolidatedSheetContext.DepartmentScopes.Select(d => context.Cell(IndicatorCodes.Vie(type, measure), d.Scope)));
        }

        return new ReportRow(cells);
    }

    private static ReportRow TotalRow(ConsolidatedSheetContext context)
    {
        ReportCell Sum(string measure, string scope) => ReportCell.Numeric(
            MeetingTypes.Sum(t => context.Value(IndicatorCodes.Vie(t, measure), scope) ?? 0m), NumberFormats.Count);
        var cells = new List<ReportCell> { ReportCell.Of("Total") };
        cells.AddRange(ConsolidatedSheetContext.DepartmentScopes.Select(d => Sum(IndicatorCodes.VieEvenements, d.Scope)));
        cells.AddRange(Enumerable.Repeat(ReportCell.Empty, 6));
        cells.AddRange(ConsolidatedSheetContext.DepartmentScopes.Select(d => Sum(IndicatorCodes.VieParticipants, d.Scope)));
        return new ReportRow(cells, RowEmphasis.Total);
    }
}
