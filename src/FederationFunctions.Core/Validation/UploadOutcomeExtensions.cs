namespace FederationFunctions.Core.Validation;

public static class UploadOutcomeExtensions
{
    /// <summary>The outcome's French label, exactly as the spec writes it.</summary>
    public static string ToFrenchLabel(this UploadOutcome outcome) => outcome switch
    {
        UploadOutcome.Acceptee => "Acceptée",
        UploadOutcome.AccepteeAvecAvertissements => "Acceptée avec avertissements",
        UploadOutcome.Rejetee => "Rejetée",
        UploadOutcome.Doublon => "Doublon",
        UploadOutcome.Remplacee => "Remplacée",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    /// <summary>True for the two accepted outcomes.</summary>
    public static bool IsAccepted(this UploadOutcome outcome) =>
        outcome is UploadOutcome.Acceptee or UploadOutcome.AccepteeAvecAvertissements;

    /// <summary>
    /// The outcome that a list of issues implies before versioning (accepted, with warnings, or rejected).
    /// Information never changes it: information alone gives <c>Acceptée</c>.
    /// </summary>
    public static UploadOutcome FromIssues(IEnumerable<ValidationIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        var hasWarning = false;
        foreach (var issue in issues)
        {
            if (issue.Severity == Severity.Error)
            {
                return UploadOutcome.Rejetee;
            }

            hasWarning |= issue.Severity == Severity.Warning;
        }

        return hasWarning ? UploadOutcome.AccepteeAvecAvertissements : UploadOutcome.Acceptee;
    }
}
