using FederationFunctions.Core.IO;

namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>A read-only stream that counts the bytes it gives against an <see cref="ExpansionBudget"/>, stopping once spent.</summary>
internal sealed class BudgetedReadStream(Stream inner, ExpansionBudget budget) : ForwardOnlyReadStream
{
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    private long _counted;

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        _counted += read;
        budget.Consume(read);
        return read;
    }

    /// <summary>Gives back to the budget every byte this stream counted, for a part that is going to be read again.</summary>
    public void RefundBudget()
    {
        budget.Refund(_counted);
        _counted = 0;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
