namespace FederationFunctions.Cli.Infrastructure;

/// <summary>A usage error found while running a command (missing file, inconsistent options): exit code 2, French message.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException()
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
