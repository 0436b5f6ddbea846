namespace FederationFunctions.Core.Validation;

/// <summary>The French words of a <see cref="Severity"/>, as the feedback report, its JSON twin and the command line show them.</summary>
public static class SeverityExtensions
{
    /// <summary><c>Erreur</c>, <c>Avertissement</c> or <c>Information</c>.</summary>
    public static string ToFrenchLabel(this Severity severity) => severity switch
    {
        Severity.Error => "Erreur",
        Severity.Warning => "Avertissement",
        Severity.Information => "Information",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };

    /// <summary>The stable code of the JSON twin and the command line: <c>ERREUR</c>, <c>AVERTISSEMENT</c> or <c>INFORMATION</c>.</summary>
    public static string ToCode(this Severity severity) => severity switch
    {
        Severity.Error => "ERREUR",
        Severity.Warning => "AVERTISSEMENT",
        Severity.Information => "INFORMATION",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };

    /// <summary>Errors first, then warnings, then information: the order in which a reader should act.</summary>
    public static int Rank(this Severity severity) => severity switch
    {
        Severity.Error => 0,
        Severity.Warning => 1,
        _ => 2,
    };
}
