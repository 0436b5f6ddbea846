using FederationFunctions.Core.Model;

namespace FederationFunctions.Core.Validation;

/// <summary>
/// Finds the reference a centre workbook is checked against for the reference remarks (<see cref="ReferenceCrossCheck"/>):
/// at ingestion the year's accepted reference, at <c>federation validate --reference</c> the file given.
/// </summary>
public interface IYearReferenceSource
{
    /// <summary>The reference to check a workbook of <paramref name="year"/> against, or null when none is known.</summary>
    ValueTask<ReferenceWorkbook?> FindAsync(int year, CancellationToken cancellationToken);
}
