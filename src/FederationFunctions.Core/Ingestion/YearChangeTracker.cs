using System.Globalization;
using Azure;
using Azure.Data.Tables;
using FederationFunctions.Core.Storage;

namespace FederationFunctions.Core.Ingestion;

/// <summary>
/// Which years changed since their last consolidation. One entity per year (PartitionKey <c>years</c>, RowKey the year) holding a
/// change counter that ingestion increments, and the counter value the last consolidation read. A year is changed while
/// <c>ChangeCounter &gt; ConsolidatedCounter</c>; a consolidation clears only what it read, so a change made during it is kept.
/// </summary>
public sealed class YearChangeTracker
{
    private const string Partition = "years";
    private readonly FederationStorage _storage;

    public YearChangeTracker(FederationStorage storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        _storage = storage;
    }

    /// <summary>Records that a year's inputs changed (conflicting writers retry with backoff and jitter, see <see cref="ConflictRetry"/>).</summary>
    public async Task MarkChangedAsync(int year, CancellationToken cancellationToken)
    {
        var rowKey = RowKeyOf(year);
        await ConflictRetry.Pipeline.ExecuteAsync(
            async ct =>
            {
                var existing = await _storage.YearChanges.GetEntityIfExistsAsync<TableEntity>(Partition, rowKey, cancellationToken: ct).ConfigureAwait(false);
                if (!existing.HasValue || existing.Value is null)
                {
                    var entity = new TableEntity(Partition, rowKey) { ["Year"] = year, ["ChangeCounter"] = 1L, ["ConsolidatedCounter"] = 0L, ["ChangedAt"] = DateTimeOffset.UtcNow };
                    await _storage.YearChanges.AddEntityAsync(entity, ct).ConfigureAwait(false);
                }
                else
                {
                    var entity = existing.Value;
                    entity["ChangeCounter"] = (entity.GetInt64("ChangeCounter") ?? 0) + 1;
                    entity["ChangedAt"] = DateTimeOffset.UtcNow;
                    await _storage.YearChanges.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, ct).ConfigureAwait(false);
                }
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The years changed since their last consolidation, with the counter value to pass back to <see cref="MarkConsolidatedAsync"/>.</summary>
    public async Task<IReadOnlyList<YearChange>> ListChangedAsync(CancellationToken cancellationToken)
    {
        var changes = new List<YearChange>();
        await foreach (var entity in _storage.YearChanges.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var counter = entity.GetInt64("ChangeCounter") ?? 0;
            if (counter > (entity.GetInt64("ConsolidatedCounter") ?? 0))
            {
                changes.Add(new YearChange(entity.GetInt32("Year") ?? 0, counter));
            }
        }

        return changes.OrderBy(c => c.Year).ToList();
    }

    /// <summary>The year's current change counter (0 when never marked): read it before a consolidation reads its inputs.</summary>
    public async Task<long> GetCounterAsync(int year, CancellationToken cancellationToken)
    {
        var existing = await _storage.YearChanges.GetEntityIfExistsAsync<TableEntity>(Partition, RowKeyOf(year), cancellationToken: cancellationToken).ConfigureAwait(false);
        return existing.HasValue && existing.Value is not null ? existing.Value.GetInt64("ChangeCounter") ?? 0 : 0;
    }

    /// <summary>Records that a consolidation read the year's inputs as of <paramref name="counterRead"/>; later changes keep the year marked.</summary>
    public async Task MarkConsolidatedAsync(int year, long counterRead, CancellationToken cancellationToken)
    {
        var rowKey = RowKeyOf(year);
        await ConflictRetry.Pipeline.ExecuteAsync(
            async ct =>
            {
                var existing = await _storage.YearChanges.GetEntityIfExistsAsync<TableEntity>(Partition, rowKey, cancellationToken: ct).ConfigureAwait(false);
                if (!existing.HasValue || existing.Value is null)
                {
                    return;
                }

                var entity = existing.Value;
                if ((entity.GetInt64("ConsolidatedCounter") ?? 0) >= counterRead)
                {
                    return;
                }

                // Marked again meanwhile: the 412 retries, and the new counter stays above what we read.
                entity["ConsolidatedCounter"] = counterRead;
                entity["ConsolidatedAt"] = DateTimeOffset.UtcNow;
                await _storage.YearChanges.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, ct).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
    }

    private static string RowKeyOf(int year) => year.ToString("D4", CultureInfo.InvariantCulture);
}
