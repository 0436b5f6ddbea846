using FederationFunctions.Core.Consolidation;

namespace FederationFunctions.Core.Reports;

/// <summary>Writes the consolidated report workbook (<c>indicators-v1.md</c> § The consolidated workbook).</summary>
public interface IConsolidatedWorkbookWriter
{
    void Write(ConsolidationResult result, Stream output);
}
