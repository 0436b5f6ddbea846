namespace FederationFunctions.Core.Consolidation;

/// <summary>How the consolidation compares codes (structure, territory, event, action): trimmed, case-insensitive.</summary>
internal static class CodeKey
{
    public static string Of(string code) => code.Trim().ToUpperInvariant();
}
