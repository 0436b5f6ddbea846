using Azure.Data.Tables;

namespace FederationFunctions.Core.Storage;

/// <summary>Upserts entities in transactions the service accepts (see <see cref="TableTransactionBatcher"/>). Idempotent: a retry rewrites the same rows.</summary>
public static class TableRowWriter
{
    /// <summary>Transactions in flight at once. Their order does not matter: readers reach the rows only after all are written.</summary>
    public const int MaxParallelTransactions = 4;

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
