using FederationFunctions.Core.IO;

namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>A read-only stream that counts the bytes it gives against an <see cref="ExpansionBudget"/>, stopping once spent.</summary>
internal sealed class BudgetedReadStream(Stream inner, ExpansionBudget budget) : ForwardOnlyReadStream
{
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        budget.Consume(read);
        return read;
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
