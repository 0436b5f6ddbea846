using System.Globalization;
using Azure;
using Azure.Data.Tables;
using FederationFunctions.Core.Storage;

namespace FederationFunctions.Core.Consolidation;

/// <summary>
/// Indicators in Table Storage. Each consolidation writes a snapshot partition <c>{year}-{computedUtc}</c>
/// (one row per code and scope, written by <see cref="TableRowWriter"/>), then switches the year's pointer
/// (partition <c>current</c>, row <c>{year}</c>) last, so readers never see a mix of two runs.
/// </summary>
public sealed class TableIndicatorStore(TableClient table) : IIndicatorStore
{
    private const string PointerPartition = "current";

    public async Task SaveAsync(ConsolidationResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        await table.CreateIfNotExistsAsync(cancellationToken);
        var snapshot = SnapshotPartition(result.Year, result.ComputedAt);
        var entities = result.Indicators.Select((indicator, index) => new TableEntity(snapshot, IndicatorRowKey.Of(indicator))
        {
            ["Code"] = indicator.Code,
            ["Scope"] = indicator.Scope,
            ["Label"] = indicator.Label,
            ["Value"] = indicator.Value?.ToString(CultureInfo.InvariantCulture),
            ["Unit"] = indicator.Unit,
            ["Order"] = index,
        });
        await TableRowWriter.UpsertAsync(table, entities, cancellationToken);

        await SwitchPointerAsync(result.Year, result.ComputedAt, snapshot, cancellationToken);
    }

    public async Task<IReadOnlyList<Indicator>> GetAsync(int year, CancellationToken cancellationToken)
    {
        var pointer = await table.GetEntityIfExistsAsync<TableEntity>(PointerPartition, YearKey(year), cancellationToken: cancellationToken);
        if (!pointer.HasValue || pointer.Value?.GetString("Snapshot") is not { } snapshot)
        {
            return [];
        }

        var rows = new List<(int Order, Indicator Indicator)>();
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == snapshot, cancellationToken: cancellationToken))
        {
            var value = entity.GetString("Value");
            rows.Add((entity.GetInt32("Order") ?? 0, new Indicator(
                entity.GetString("Code"),
                entity.GetString("Scope"),
                entity.GetString("Label"),
                value is null ? null : decimal.Parse(value, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture),
                entity.GetString("Unit"))));
        }

        return [.. rows.OrderBy(r => r.Order).Select(r => r.Indicator)];
    }

    private async Task SwitchPointerAsync(int year, DateTimeOffset computedAt, string snapshot, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var existing = await table.GetEntityIfExistsAsync<TableEntity>(PointerPartition, YearKey(year), cancellationToken: cancellationToken);
            var pointer = new TableEntity(PointerPartition, YearKey(year))
            {
                ["Snapshot"] = snapshot,
                ["ComputedAt"] = computedAt.UtcDateTime,
            };
            try
            {
                if (!existing.HasValue || existing.Value is null)
                {
                    await table.AddEntityAsync(pointer, cancellationToken);
                    return;
                }

                if (existing.Value.GetDateTimeOffset("ComputedAt") is { } current && current > computedAt)
                {
                    return;
                }

                await table.UpdateEntityAsync(pointer, existing.Value.ETag, TableUpdateMode.Replace, cancellationToken);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // An overlapping run switched the pointer in between: read it again.
            }
        }

        throw new RequestFailedException(412, "The indicators pointer kept changing during five attempts.");
    }

    private static string YearKey(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static string SnapshotPartition(int year, DateTimeOffset computedAt) =>
        string.Create(CultureInfo.InvariantCulture, $"{year}-{computedAt.UtcDateTime:yyyyMMdd'T'HHmmssfff'Z'}");
}
