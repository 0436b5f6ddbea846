using ClosedXML.Excel;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Reports.Excel;

namespace FederationFunctions.Core.Reports.Consolidated;

/// <summary>
/// <c>Complétude</c>: one row per member structure, the state of its workbook and whom to contact, sorted to be worked
/// through: missing first, then rejected, received with warnings, received; then department, territory and code.
/// </summary>
internal static class CompletenessSheet
{
    public const string Name = "Complétude";

    public static readonly IReadOnlyList<string> Headers =
        ["Code structure", "Nom", "Code AT", "Assemblée territoriale", "Département", "Statut", "Date du dépôt retenu", "Fichier", "Erreurs",
         "Avertissements", "Contact", "Courriel", "Téléphone"];

    /// <summary>The order in which the follow-up works through the list.</summary>
    public static int StatusOrder(CompletenessStatus status) => status switch
    {
        CompletenessStatus.Manquante => 0,
        CompletenessStatus.Rejetee => 1,
        CompletenessStatus.RecueAvecAvertissements => 2,
        _ => 3,
    };

    /// <summary>Rows by status (missing, rejected, with warnings, received), then department, territory and code.</summary>
    public static List<CompletenessRow> Sorted(IEnumerable<CompletenessRow> rows) => rows
        .OrderBy(r => StatusOrder(r.Status))
        .ThenBy(r => (int)r.Department)
        .ThenBy(r => r.TerritoryCode, StringComparer.Ordinal)
        .ThenBy(r => r.StructureCode, StringComparer.Ordinal)
        .ToList();

    public static void Write(XLWorkbook workbook, ConsolidatedSheetContext context)
    {
        var rows = Sorted(context.Result.Completeness);
        var builder = new ReportSheetBuilder(workbook, Name, context.PageHeader("Complétude"));
        builder.AddTitle("Complétude de la collecte", context.Subtitle);
        builder.SetWidth(2, 30);
        builder.SetWidth(4, 18);
        builder.SetWidth(8, 24);
        builder.SetWidth(11, 20);
        builder.SetWidth(12, 26);
        var headerRow = builder.AddTable(
            Headers,
            rows.Select(r =>
            {
                var contact = Contact.Of(context.Structure(r.StructureCode));
                return ReportRow.Of(
                    ReportCell.Of(r.StructureCode),
                    ReportCell.Of(r.Name),
                    ReportCell.Of(r.TerritoryCode),
                    ReportCell.Of(context.TerritoryName(r.TerritoryCode)),
                    ReportCell.Of(FrenchLabels.Department(r.Department)),
                    ReportCell.Of(FrenchLabels.Completeness(r.Status)),
                    ReportCell.When(r.UploadedAt is { } at ? ReportTime.Local(at) : null),
                    ReportCell.Of(r.FileName),
                    ReportCell.Count(r.ErrorCount),
                    ReportCell.Count(r.WarningCount),
                    ReportCell.Of(contact.Name),
                    ReportCell.Of(contact.Email),
                    ReportCell.Of(contact.Phone));
            }),
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
            "Ordre de relance : remontées manquantes, puis rejetées, reçues avec avertissements, reçues ; puis par département, assemblée territoriale et code.",
            "Date du dépôt retenu : celle du fichier accepté en vigueur ; pour une remontée rejetée, celle du dernier dépôt.",
            "Erreurs et avertissements : ceux du fichier indiqué. Contacts : ceux du référentiel (« " + Contact.NotGiven + " » quand il ne les donne pas).",
        ]);
        builder.Finish();
    }
}
