using Azure.Data.Tables;

namespace FederationFunctions.Core.Storage;

/// <summary>Splits table actions into transactions the service accepts: one partition each, at most 100 entities, under 4 MiB.</summary>
public static class TableTransactionBatcher
{
    /// <summary>Groups actions by partition (first-seen order), then cuts each group by count and by estimated payload size.</summary>
    public static IReadOnlyList<IReadOnlyList<TableTransactionAction>> Batch(
        IEnumerable<TableTransactionAction> actions,
        int maxEntities = TableLimits.MaxEntitiesPerTransaction,
        long maxBytes = TableLimits.MaxTransactionBytes)
    {
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEntities, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);

        var byPartition = new Dictionary<string, List<TableTransactionAction>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var action in actions)
        {
            var partition = action.Entity.PartitionKey;
            if (!byPartition.TryGetValue(partition, out var list))
            {
                list = [];
                byPartition.Add(partition, list);
                order.Add(partition);
            }

            list.Add(action);
        }

        var batches = new List<IReadOnlyList<TableTransactionAction>>();
        foreach (var partition in order)
        {
            var current = new List<TableTransactionAction>();
            long currentBytes = 0;
            foreach (var action in byPartition[partition])
            {
                var size = EstimateBytes(action.Entity);
                if (current.Count > 0 && (current.Count == maxEntities || currentBytes + size > maxBytes))
                {
                    batches.Add(current);
                    current = [];
                    currentBytes = 0;
                }

                current.Add(action);
                currentBytes += size;
            }

            if (current.Count > 0)
            {
                batches.Add(current);
            }
        }

        return batches;
    }

    /// <summary>A pessimistic estimate of an entity's size in a transaction body (JSON may escape every non-ASCII character as 6 bytes).</summary>
    public static long EstimateBytes(ITableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        const int perEntityOverhead = 1024;
        const int perPropertyOverhead = 64;
        long size = perEntityOverhead + (6L * (entity.PartitionKey.Length + entity.RowKey.Length));
        if (entity is TableEntity dictionary)
        {
            foreach (var (name, value) in dictionary)
            {
                size += perPropertyOverhead + (6L * name.Length) + value switch
                {
                    string text => 6L * text.Length,
                    byte[] bytes => (bytes.Length * 4L / 3) + 4,
                    _ => 40,
                };
            }
        }

        return size;
    }
}
