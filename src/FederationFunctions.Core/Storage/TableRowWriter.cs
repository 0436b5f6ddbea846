using Azure.Data.Tables;

namespace FederationFunctions.Core.Storage;

/// <summary>Upserts entities in transactions the service accepts (see <see cref="TableTransactionBatcher"/>). Idempotent: a retry rewrites the same rows.</summary>
public static class TableRowWriter
{
    /// <summary>How many transactions are in flight at once (a 5,000-row sheet is about 50 of them).</summary>
    public const int MaxParallelTransactions = 4;

    /// <summary>
    /// Upserts every entity, several transactions at once. Nothing points at the rows until the caller switches a
    /// pointer after this returns, so the order in which the transactions land does not matter.
    /// </summary>
    public static async Task UpsertAsync(TableClient table, IEnumerable<ITableEntity> entities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(entities);
        var actions = entities.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e));
        await Parallel.ForEachAsync(
            TableTransactionBatcher.Batch(actions),
            new ParallelOptions { MaxDegreeOfParallelism = MaxParallelTransactions, CancellationToken = cancellationToken },
            async (batch, ct) => await table.SubmitTransactionAsync(batch, ct).ConfigureAwait(false)).ConfigureAwait(false);
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
