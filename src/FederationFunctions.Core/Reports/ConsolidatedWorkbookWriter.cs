using ClosedXML.Excel;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Reports.Consolidated;
using FederationFunctions.Core.Reports.Excel;

namespace FederationFunctions.Core.Reports;

/// <summary>Writes the consolidated workbook of a year (<c>indicators-v1.md</c> § The consolidated workbook), sheets in the spec's order.</summary>
public sealed class ConsolidatedWorkbookWriter : IConsolidatedWorkbookWriter
{
    /// <summary>The sheets, in order.</summary>
    public static readonly IReadOnlyList<string> SheetNames =
    [
        SummarySheet.Name, NetworkSheet.Name, FederalLifeSheet.Name, TrainingSheet.Name, FosforaSheet.Name,
        HealthSheet.Name, ProgrammesSheet.Name, CompletenessSheet.Name, AnomaliesSheet.Name, IndicatorsSheet.Name,
    ];

    /// <summary>Writes the workbook of a year whose previous year was not consolidated (the N-1 columns stay empty).</summary>
    public void Write(ConsolidationResult result, Stream output) => Write(result, [], output);

    public void Write(ConsolidationResult result, IReadOnlyList<Indicator> previousYear, Stream output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(previousYear);
        ArgumentNullException.ThrowIfNull(output);
        var context = new ConsolidatedSheetContext(result, previousYear);
        using var workbook = new XLWorkbook();
        workbook.Properties.Title = "Consolidation " + result.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        workbook.Properties.Subject = "Remontées annuelles d'activité des centres sociaux";
        workbook.Properties.Author = "FederationFunctions";
        SummarySheet.Write(workbook, context);
        NetworkSheet.Write(workbook, context);
        FederalLifeSheet.Write(workbook, context);
        TrainingSheet.Write(workbook, context);
        FosforaSheet.Write(workbook, context);
        HealthSheet.Write(workbook, context);
        ProgrammesSheet.Write(workbook, context);
        CompletenessSheet.Write(workbook, context);
        AnomaliesSheet.Write(workbook, context);
        IndicatorsSheet.Write(workbook, context);
        workbook.Worksheet(1).SetTabActive();
        WorkbookSaving.Save(workbook, output, context.Charts);
    }
}
