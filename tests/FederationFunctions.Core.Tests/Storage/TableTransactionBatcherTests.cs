using Azure.Data.Tables;
using FederationFunctions.Core.Storage;

namespace FederationFunctions.Core.Tests.Storage;

public class TableTransactionBatcherTests
{
    private static TableTransactionAction Upsert(string partition, int row, string? text = null)
    {
        var entity = new TableEntity(partition, row.ToString("D5", System.Globalization.CultureInfo.InvariantCulture));
        if (text is not null)
        {
            entity["Text"] = text;
        }

        return new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity);
    }

    [Fact]
    public void MixedPartitions_EachBatchHoldsOnePartition()
    {
        var actions = new[] { Upsert("A", 1), Upsert("B", 1), Upsert("A", 2), Upsert("C", 1), Upsert("B", 2) };

        var batches = TableTransactionBatcher.Batch(actions);

        Assert.Equal(3, batches.Count);
        Assert.Equal(["A", "A"], batches[0].Select(a => a.Entity.PartitionKey));
        Assert.Equal(["B", "B"], batches[1].Select(a => a.Entity.PartitionKey));
        Assert.Equal(["C"], batches[2].Select(a => a.Entity.PartitionKey));
    }

    [Fact]
    public void TwoHundredFiftyRowsOfOnePartition_ThreeBatchesOf100_100_50()
    {
        var actions = Enumerable.Range(0, 250).Select(i => Upsert("P", i));

        var batches = TableTransactionBatcher.Batch(actions);

        Assert.Equal([100, 100, 50], batches.Select(b => b.Count));
        Assert.Equal(250, batches.SelectMany(b => b).Select(a => a.Entity.RowKey).Distinct().Count());
    }

    [Fact]
    public void ManyPartitionsAndRows_NoBatchMixesPartitionsOrExceeds100()
    {
        var actions = Enumerable.Range(0, 1000).Select(i => Upsert("P" + (i % 7).ToString(System.Globalization.CultureInfo.InvariantCulture), i));

        var batches = TableTransactionBatcher.Batch(actions);

        Assert.All(batches, b =>
        {
            Assert.InRange(b.Count, 1, 100);
            Assert.Single(b.Select(a => a.Entity.PartitionKey).Distinct());
        });
        Assert.Equal(1000, batches.Sum(b => b.Count));
    }

    [Fact]
    public void LargeTexts_BatchCutBySizeUnder4MiB()
    {
        // 30 rows of 30,000 characters: each estimated at 6 bytes a character (≈ 180 KB), so at most 17 fit in 3 MiB.
        var text = new string('é', 30_000);
        var actions = Enumerable.Range(0, 30).Select(i => Upsert("P", i, text)).ToList();

        var batches = TableTransactionBatcher.Batch(actions);

        Assert.True(batches.Count >= 2);
        Assert.All(batches, b => Assert.True(b.Sum(a => TableTransactionBatcher.EstimateBytes(a.Entity)) <= TableLimits.MaxTransactionBytes));
        Assert.Equal(30, batches.Sum(b => b.Count));
    }

    [Fact]
    public void SingleEntityLargerThanBudget_StillGetsItsOwnBatch()
    {
        var actions = new[] { Upsert("P", 1, "x"), Upsert("P", 2, new string('x', 100)), Upsert("P", 3, "y") };

        var batches = TableTransactionBatcher.Batch(actions, maxEntities: 100, maxBytes: 1500);

        Assert.Equal(3, batches.Count);
    }
}
