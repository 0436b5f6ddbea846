using FederationFunctions.Core.Consolidation;
using ClosedXML.Excel;
using FederationFunctions.Core.Reports.Excel;

namespace FederationFunctions.Core.Reports.Consolidated;

/// <summary><c>Vie fédérale</c>: per territory, territorial assemblies and directors' meetings.</summary>
internal static class FederalLifeSheet
{
    public const string Name = "Vie fédérale";

    public static void Write(XLWorkbook workbook, ConsolidatedSheetContext context)
    {
        var builder = new ReportSheetBuilder(workbook, Name, context.PageHeader("Vie fédérale"));
        builder.AddTitle("Vie fédérale : assemblées territoriales et réunions des directions", context.Subtitle);
        builder.AddTable(
            ["Code AT", "Assemblée territoriale", "Département", "Structures adhérentes", "Réunions d'AT", "Participants",
             "dont salariés", "dont bénévoles", "Participants par réunion", "Structures par réunion", "Taux de participation",
             "Réunions des directions", "Taux de présence des directions"],
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
                context.Cell(IndicatorCodes.DirectionsReunions, t.Code),
                context.Cell(IndicatorCodes.DirectionsTauxPresence, t.Code))),
            isMain: true);
        builder.AddNotes(
        [
            "Taux de participation : nombre moyen de structures présentes par assemblée territoriale, rapporté aux structures adhérentes du territoire.",
            "Taux de présence des directions : nombre moyen de structures dont la direction était présente par réunion des directions, rapporté aux structures adhérentes du territoire.",
            "Une moyenne est laissée vide quand il n'y a eu aucune réunion.",
        ]);
        builder.Finish();
    }
}
