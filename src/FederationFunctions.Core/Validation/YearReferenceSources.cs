using FederationFunctions.Core.Model;

namespace FederationFunctions.Core.Validation;

/// <summary>The simple <see cref="IYearReferenceSource"/>s: none, or one reference for every year.</summary>
public static class YearReferenceSources
{
    /// <summary>No reference: no remark (a checker without storage).</summary>
    public static IYearReferenceSource None { get; } = new Fixed(null);

    /// <summary>
    /// The same reference whatever the workbook's year (<c>validate --reference</c>: the user chose it; a year that
    /// differs is itself a remark).
    /// </summary>
    public static IYearReferenceSource Always(ReferenceWorkbook reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return new Fixed(reference);
    }

    private sealed class Fixed(ReferenceWorkbook? reference) : IYearReferenceSource
    {
        public ValueTask<ReferenceWorkbook?> FindAsync(int year, CancellationToken cancellationToken) => ValueTask.FromResult(reference);
    }
}
