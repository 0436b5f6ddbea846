using FederationFunctions.Core.Consolidation;
using ClosedXML.Excel;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Reports.Excel;

namespace FederationFunctions.Core.Reports.Consolidated;

/// <summary><c>Formation</c>: training figures, employees trained per action, structures trained per department.</summary>
internal static class TrainingSheet
{
    public const string Name = "Formation";

    private const string EmployeesTrained = IndicatorCodes.FormationSalaries;

    private static readonly IReadOnlyList<KeyFigureRow> Figures =
    [
        new("Actions de formation (public défini, au moins un participant)", IndicatorCodes.FormationActions),
        new("Structures ayant suivi au moins une formation", IndicatorCodes.FormationStructures),
        new("Salariés formés (actions destinées aux salariés)", EmployeesTrained),
        new("Bénévoles formés", IndicatorCodes.FormationBenevoles),
    ];

    public static void Write(XLWorkbook workbook, ConsolidatedSheetContext context)
    {
        var builder = new ReportSheetBuilder(workbook, Name, context.PageHeader("Formation"));
        builder.AddTitle("Formation", context.Subtitle);
        builder.AddTable(KeyFigureRow.Headers(context), Figures.Select(f => f.ToRow(context)), isMain: true);
        builder.AddNotes(
        [
            KeyFigureRow.FederationOnly + " : chiffre établi pour l'ensemble de la fédération seulement, sans répartition par département.",
            .. context.YearOverYear.HasPreviousYear ? Array.Empty<string>() : [context.YearOverYear.MissingNote],
        ]);

        builder.AddSection("Salariés formés par action");
        var catalogue = (context.Result.Reference?.Catalogue ?? [])
            .GroupBy(a => a.ActionCode, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var actionRows = context.Result.Indicators
            .Where(i => i.Code == EmployeesTrained && !IsDepartmentScope(i.Scope))
            .Select(i =>
            {
                var action = catalogue.GetValueOrDefault(i.Scope);
                return ReportRow.Of(
                    ReportCell.Of(i.Scope),
                    ReportCell.Of(action?.Title),
                    ReportCell.Of(action?.Audience is { } audience ? AudienceLabel(audience) : null),
                    ReportCell.Numeric(i.Value, NumberFormats.ForUnit(i.Unit)));
            })
            .ToList();
        actionRows.Add(ReportRow.TotalOf(ReportCell.Of("Total"), ReportCell.Empty, ReportCell.Empty, context.Cell(EmployeesTrained, IndicatorScopes.Federation)));
        builder.AddTable(["Code action", "Intitulé", "Public", "Salariés formés"], actionRows);

        builder.AddSection("Structures formées par département");
        builder.AddTable(
            ["Département", "Structures ayant suivi une formation", "Structures adhérentes"],
            ConsolidatedSheetContext.DepartmentScopes.Select(d => new ReportRow(
                [ReportCell.Of(d.Label), context.Cell(IndicatorCodes.FormationStructures, d.Scope), context.Cell(IndicatorCodes.ReseauStructures, d.Scope)],
                d.Scope == IndicatorScopes.Federation ? RowEmphasis.Total : RowEmphasis.Normal)));
        builder.Finish();
    }

    private static bool IsDepartmentScope(string scope) =>
        scope is IndicatorScopes.Federation or IndicatorScopes.Nord or IndicatorScopes.PasDeCalais;

    private static string AudienceLabel(Audience audience) => audience switch
    {
        Audience.Salaries => "Salariés",
        Audience.Benevoles => "Bénévoles",
        Audience.Mixte => "Mixte",
        _ => audience.ToString(),
    };
}
