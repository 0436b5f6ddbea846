using FederationFunctions.Core.Model;

namespace FederationFunctions.Core.Consolidation;

/// <summary>Everything a consolidation knows about one structure code that uploaded for the year.</summary>
/// <param name="StructureCode">The structure code (folder and workbook agree for an accepted upload).</param>
/// <param name="Current">The current accepted upload, or null when none was accepted.</param>
/// <param name="Workbook">The current accepted version's normalised rows, or null.</param>
/// <param name="Latest">The latest upload by upload time (any outcome except <c>Doublon</c>), or null.</param>
public sealed record CentreSubmission(
    string StructureCode,
    UploadSummary? Current,
    CentreWorkbook? Workbook,
    UploadSummary? Latest);
