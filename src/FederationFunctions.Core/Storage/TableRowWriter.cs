using Azure.Data.Tables;

namespace FederationFunctions.Core.Storage;

/// <summary>Upserts entities in transactions the service accepts (see <see cref="TableTransactionBatcher"/>). Idempotent: a retry rewrites the same rows.</summary>
public static class TableRowWriter
{
    /// <summary>
    /// Upserts every entity, one transaction after the other. Not several at once: Azurite (local runs, tests) keeps one
    /// rollback list for all transactions and refuses one that begins while another is open ("Transaction Overlap!",
    /// HTTP 500, retried by the SDK); submitted four at a time, a 5,000-row workbook took three times longer there and
    /// sent 45 retried transactions (docs/benchmarks.md).
    /// </summary>
    public static async Task UpsertAsync(TableClient table, IEnumerable<ITableEntity> entities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(entities);
        var actions = entities.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e));
        foreach (var batch in TableTransactionBatcher.Batch(actions))
        {
            await table.SubmitTransactionAsync(batch, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Every entity of one partition, in row-key order.</summary>
    public static async Task<IReadOnlyList<TableEntity>> ReadPartitionAsync(TableClient table, string partitionKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        var entities = new List<TableEntity>();
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}"), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            entities.Add(entity);
        }

        entities.Sort((a, b) => string.CompareOrdinal(a.RowKey, b.RowKey));
        return entities;
    }
}
