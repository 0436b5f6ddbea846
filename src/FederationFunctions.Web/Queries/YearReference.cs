using FederationFunctions.Core.Ingestion;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Storage;

namespace FederationFunctions.Web.Queries;

/// <summary>The year's current reference (structure names, territories, contacts), read through its current-version pointer.</summary>
public sealed class YearReference(FederationStorage storage, CurrentVersionStore pointers, ReferenceRowStore rows)
{
    public async Task<ReferenceWorkbook?> GetAsync(int year, CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var pointer = await pointers.GetAsync(year, null, cancellationToken).ConfigureAwait(false);
        return pointer is null ? null : await rows.ReadAsync(pointer.RowsPartition, cancellationToken).ConfigureAwait(false);
    }
}
