namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>
/// Raised by <see cref="BudgetedReadStream"/> when a package's parts, as actually decompressed, pass the expansion limit.
/// Internal to the reader, which turns it into a <see cref="FileRefusalReason.ExpandsTooMuch"/> refusal.
/// </summary>
internal sealed class ExpansionLimitExceededException : Exception
{
    public ExpansionLimitExceededException()
        : base("The package's parts expand past the limit.")
    {
    }

    public ExpansionLimitExceededException(string message)
        : base(message)
    {
    }

    public ExpansionLimitExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
