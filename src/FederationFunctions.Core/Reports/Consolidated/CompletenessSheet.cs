using ClosedXML.Excel;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Reports.Excel;

namespace FederationFunctions.Core.Reports.Consolidated;

/// <summary><c>Complétude</c>: one row per member structure and the state of its workbook.</summary>
internal static class CompletenessSheet
{
    public const string Name = "Complétude";

    public static readonly IReadOnlyList<string> Headers =
        ["Code structure", "Nom", "Code AT", "Assemblée territoriale", "Département", "Statut", "Date du dépôt retenu", "Fichier", "Erreurs", "Avertissements"];

    public static void Write(XLWorkbook workbook, ConsolidatedSheetContext context)
    {
        var rows = context.Result.Completeness;
        var builder = new ReportSheetBuilder(workbook, Name, context.PageHeader("Complétude"));
        builder.AddTitle("Complétude de la collecte", context.Subtitle);
        var headerRow = builder.AddTable(
            Headers,
            rows.Select(r => ReportRow.Of(
                ReportCell.Of(r.StructureCode),
                ReportCell.Of(r.Name),
                ReportCell.Of(r.TerritoryCode),
                ReportCell.Of(context.TerritoryName(r.TerritoryCode)),
                ReportCell.Of(FrenchLabels.Department(r.Department)),
                ReportCell.Of(FrenchLabels.Completeness(r.Status)),
                ReportCell.When(r.UploadedAt is { } at ? ReportTime.Local(at) : null),
                ReportCell.Of(r.FileName),
                ReportCell.Count(r.ErrorCount),
                ReportCell.Count(r.WarningCount))),
            isMain: true);
        for (var n = 0; n < rows.Count; n++)
        {
            builder.Sheet.Cell(headerRow + 1 + n, 6).Style.Fill.BackgroundColor = rows[n].Status switch
            {
                CompletenessStatus.Recue => ReportStyles.Good,
                CompletenessStatus.RecueAvecAvertissements => ReportStyles.Warning,
                CompletenessStatus.Rejetee => ReportStyles.Bad,
                _ => ReportStyles.Neutral,
            };
        }

        builder.AddNotes(
        [
            "Date du dépôt retenu : celle du fichier accepté en vigueur ; pour une remontée rejetée, celle du dernier dépôt (heure de Paris).",
            "Erreurs et avertissements : ceux du fichier indiqué.",
        ]);
        builder.Finish();
    }
}
