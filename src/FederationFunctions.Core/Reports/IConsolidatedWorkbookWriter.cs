using FederationFunctions.Core.Consolidation;

namespace FederationFunctions.Core.Reports;

/// <summary>Writes the consolidated report workbook (<c>indicators-v1.md</c> § The consolidated workbook).</summary>
public interface IConsolidatedWorkbookWriter
{
    /// <param name="result">The year's consolidation.</param>
    /// <param name="previousYear">The indicators stored for the previous year, read as they are (empty when it was never consolidated).</param>
    /// <param name="output">Where the .xlsx is written.</param>
    void Write(ConsolidationResult result, IReadOnlyList<Indicator> previousYear, Stream output);
}
