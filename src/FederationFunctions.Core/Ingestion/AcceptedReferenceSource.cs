using FederationFunctions.Core.Model;
using FederationFunctions.Core.Storage;
using FederationFunctions.Core.Validation;

namespace FederationFunctions.Core.Ingestion;

/// <summary>
/// The year's accepted reference, for the reference remarks given at ingestion (<c>centre-workbook-v1.md</c> v1.1): the
/// year's current-version pointer is read for every workbook (a newly accepted reference is used at once), and the rows
/// it points at are read once per accepted version, then kept.
/// </summary>
public sealed class AcceptedReferenceSource : IYearReferenceSource
{
    private readonly CurrentVersionStore _pointers;
    private readonly ReferenceRowStore _rows;
    private readonly Lock _gate = new();
    private readonly Dictionary<int, (string RowsPartition, ReferenceWorkbook Reference)> _byYear = [];

    public AcceptedReferenceSource(CurrentVersionStore pointers, ReferenceRowStore rows)
    {
        _pointers = pointers ?? throw new ArgumentNullException(nameof(pointers));
        _rows = rows ?? throw new ArgumentNullException(nameof(rows));
    }

    public async ValueTask<ReferenceWorkbook?> FindAsync(int year, CancellationToken cancellationToken)
    {
        var pointer = await _pointers.GetAsync(year, null, cancellationToken).ConfigureAwait(false);
        if (pointer is null)
        {
            return null;
        }

        lock (_gate)
        {
            if (_byYear.TryGetValue(year, out var kept) && kept.RowsPartition == pointer.RowsPartition)
            {
                return kept.Reference;
            }
        }

        var reference = await _rows.ReadAsync(pointer.RowsPartition, cancellationToken).ConfigureAwait(false);
        if (reference is not null)
        {
            lock (_gate)
            {
                _byYear[year] = (pointer.RowsPartition, reference);
            }
        }

        return reference;
    }
}
