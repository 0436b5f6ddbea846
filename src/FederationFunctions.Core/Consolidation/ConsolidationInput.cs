using FederationFunctions.Core.Model;

namespace FederationFunctions.Core.Consolidation;

/// <summary>The inputs of one year's consolidation: the reference and what every structure code sent.</summary>
/// <param name="Year">The activity year.</param>
/// <param name="Reference">The year's current reference, or null when none was accepted (then nothing can be counted; the report says so).</param>
/// <param name="Submissions">One entry per structure code that uploaded anything for the year (members or not).</param>
public sealed record ConsolidationInput(
    int Year,
    ReferenceWorkbook? Reference,
    IReadOnlyList<CentreSubmission> Submissions);
