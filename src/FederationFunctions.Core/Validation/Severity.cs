namespace FederationFunctions.Core.Validation;

/// <summary>How serious a problem is: an error rejects the upload, a warning does not.</summary>
public enum Severity
{
    Warning,
    Error,
}
