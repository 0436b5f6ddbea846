namespace FederationFunctions.Cli.Infrastructure;

/// <summary>The tool's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Everything went well (files accepted, possibly with warnings; sweep or consolidation ran).</summary>
    public const int Success = 0;

    /// <summary>At least one file rejected, or the operation failed (storage unreachable, no reference…).</summary>
    public const int Failure = 1;

    /// <summary>Usage error: unknown option, bad value, missing file.</summary>
    public const int Usage = 2;
}
