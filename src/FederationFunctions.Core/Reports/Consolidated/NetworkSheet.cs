using FederationFunctions.Core.Consolidation;
using ClosedXML.Excel;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Reports.Charts;
using FederationFunctions.Core.Reports.Excel;

namespace FederationFunctions.Core.Reports.Consolidated;

/// <summary><c>Réseau</c>: member structures by department × type × management, then per territory.</summary>
internal static class NetworkSheet
{
    public const string Name = "Réseau";

    public static void Write(XLWorkbook workbook, ConsolidatedSheetContext context)
    {
        var builder = new ReportSheetBuilder(workbook, Name, context.PageHeader("Réseau"));
        builder.AddTitle("Le réseau : structures adhérentes", context.Subtitle);
        builder.AddTable(
            ["Département", "Centres sociaux associatifs", "Centres sociaux municipaux", "EVS associatifs", "EVS municipaux",
             "Centres sociaux", "Espaces de vie sociale", "Gestion associative", "Gestion municipale", "Total adhérentes"],
            ConsolidatedSheetContext.DepartmentScopes.Select(d => DepartmentRow(context, d.Scope, d.Label)),
            isMain: true);

        builder.AddSection("Par assemblée territoriale");
        var territoryRows = context.Territories.Select(t => TerritoryRow(context, t.Code, t.Name, FrenchLabels.Department(t.Department), RowEmphasis.Normal))
            .Concat(ConsolidatedSheetContext.DepartmentScopes.Select(d => TerritoryRow(context, d.Scope, d.Label, string.Empty, RowEmphasis.Total)));
        string[] headers =
        [
            "Code AT", "Assemblée territoriale", "Département", "Structures adhérentes", "Centres sociaux", "Espaces de vie sociale",
            "Salariés", "Salariés (ETP)", "Bénévoles d'activité", "Administrateurs bénévoles", "Remontées reçues",
            "Taux de collecte " + context.YearLabel, "Taux de collecte " + context.PreviousYearLabel,
        ];
        var headerRow = builder.AddTable(headers, territoryRows);
        if (!context.YearOverYear.HasPreviousYear)
        {
            builder.AddNotes([context.YearOverYear.MissingNote]);
        }

        if (context.Territories.Count > 0)
        {
            context.Charts.Add(TerritoryRateChart.For(
                Name, "Taux de collecte par assemblée territoriale", headerRow, context.Territories.Count, rateColumn: 12, context, builder.ReserveChart(headers.Length, rows: Math.Min(30, 8 + (2 * context.Territories.Count)))));
        }

        builder.Finish();
    }

    private static ReportRow DepartmentRow(ConsolidatedSheetContext context, string scope, string label)
    {
        var members = context.Members.Where(m => InScope(m, scope)).ToList();
        ReportCell Count(StructureType type, Management management) =>
            ReportCell.Count(members.Count(m => m.Type == type && m.Management == management));
        var cells = new[]
        {
            ReportCell.Of(label),
            Count(StructureType.CS, Management.Associatif),
            Count(StructureType.CS, Management.Municipal),
            Count(StructureType.EVS, Management.Associatif),
            Count(StructureType.EVS, Management.Municipal),
            context.Cell(IndicatorCodes.ReseauCs, scope),
            context.Cell(IndicatorCodes.ReseauEvs, scope),
            context.Cell(IndicatorCodes.ReseauAssociatif, scope),
            context.Cell(IndicatorCodes.ReseauMunicipal, scope),
            context.Cell(IndicatorCodes.ReseauStructures, scope),
        };
        return new ReportRow(cells, scope == IndicatorScopes.Federation ? RowEmphasis.Total : RowEmphasis.Normal);
    }

    private static ReportRow TerritoryRow(ConsolidatedSheetContext context, string scope, string name, string department, RowEmphasis emphasis)
    {
        var members = context.Members.Where(m => InScope(m, scope)).ToList();
        var cells = new[]
        {
            ReportCell.Of(emphasis == RowEmphasis.Total ? "Total" : scope),
            ReportCell.Of(name),
            ReportCell.Of(department),
            context.Cell(IndicatorCodes.ReseauStructures, scope),
            ReportCell.Count(members.Count(m => m.Type == StructureType.CS)),
            ReportCell.Count(members.Count(m => m.Type == StructureType.EVS)),
            context.Cell(IndicatorCodes.RhSalaries, scope),
            context.Cell(IndicatorCodes.RhEtp, scope),
            context.Cell(IndicatorCodes.RhBenevoles, scope),
            context.Cell(IndicatorCodes.RhAdministrateurs, scope),
            context.Cell(IndicatorCodes.CollecteRecues, scope),
            context.Cell(IndicatorCodes.CollecteTaux, scope),
            context.PreviousCell(IndicatorCodes.CollecteTaux, scope),
        };
        return new ReportRow(cells, emphasis);
    }

    private static bool InScope(MemberStructure member, string scope) => scope switch
    {
        IndicatorScopes.Federation => true,
        IndicatorScopes.Nord => member.Department == Department.Nord,
        IndicatorScopes.PasDeCalais => member.Department == Department.PasDeCalais,
        _ => string.Equals(member.TerritoryCode, scope, StringComparison.OrdinalIgnoreCase),
    };
}
