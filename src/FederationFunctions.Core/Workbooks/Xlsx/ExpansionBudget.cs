namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>How many decompressed bytes may still be read from a package, whatever its entries declare.</summary>
internal sealed class ExpansionBudget(long maxBytes)
{
    private long _remaining = maxBytes;

    public void Consume(int bytes)
    {
        _remaining -= bytes;
        if (_remaining < 0)
        {
            throw new ExpansionLimitExceededException();
        }
    }
}
