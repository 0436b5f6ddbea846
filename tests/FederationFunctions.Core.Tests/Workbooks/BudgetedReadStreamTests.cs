using FederationFunctions.Core.Workbooks.Xlsx;

namespace FederationFunctions.Core.Tests.Workbooks;

public class BudgetedReadStreamTests
{
    [Fact]
    public void ReadingPastTheBudget_StopsWithExpansionLimitExceeded()
    {
        var budget = new ExpansionBudget(maxBytes: 1_000);
        using var stream = new BudgetedReadStream(new MemoryStream(new byte[5_000]), budget);
        var buffer = new byte[400];

        Assert.Equal(400, stream.Read(buffer));
        Assert.Equal(400, stream.Read(buffer));
        Assert.Throws<ExpansionLimitExceededException>(() => stream.Read(buffer));
    }

    [Fact]
    public void TwoStreams_ShareOneBudget()
    {
        var budget = new ExpansionBudget(maxBytes: 1_000);
        using var first = new BudgetedReadStream(new MemoryStream(new byte[600]), budget);
        using var second = new BudgetedReadStream(new MemoryStream(new byte[600]), budget);

        first.CopyTo(Stream.Null);

        Assert.Throws<ExpansionLimitExceededException>(() => second.CopyTo(Stream.Null));
    }

    [Fact]
    public void ReadingExactlyTheBudget_IsAllowed()
    {
        var budget = new ExpansionBudget(maxBytes: 1_000);
        using var stream = new BudgetedReadStream(new MemoryStream(new byte[1_000]), budget);

        stream.CopyTo(Stream.Null);

        Assert.Equal(0, stream.Read(new byte[10]));
    }
}
