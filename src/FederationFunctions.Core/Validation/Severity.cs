namespace FederationFunctions.Core.Validation;

/// <summary>
/// How serious a problem is: an error rejects the upload, a warning does not, and an information (v1.1) never changes
/// the outcome: it tells the centre what the consolidation will not count, or will add together.
/// </summary>
/// <remarks>Values are never persisted as numbers; new members are added at the end all the same.</remarks>
public enum Severity
{
    /// <summary><c>Avertissement</c>: the upload is accepted with warnings.</summary>
    Warning,

    /// <summary><c>Erreur</c>: the upload is rejected.</summary>
    Error,

    /// <summary><c>Information</c>: a remark that never changes the outcome (information alone gives <c>Acceptée</c>).</summary>
    Information,
}
