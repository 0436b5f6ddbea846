namespace FederationFunctions.Core.Validation;

/// <summary>The result of checking one uploaded workbook: the normalised content when there is no error, and every issue found.</summary>
/// <typeparam name="T">The normalised workbook (<see cref="Model.CentreWorkbook"/> or <see cref="Model.ReferenceWorkbook"/>).</typeparam>
/// <param name="Workbook">The normalised content; null when the workbook has at least one error.</param>
/// <param name="Issues">Every problem, in sheet/row/column order.</param>
public sealed record ValidationResult<T>(T? Workbook, IReadOnlyList<ValidationIssue> Issues)
    where T : class
{
    /// <summary><c>Acceptée</c>, <c>Acceptée avec avertissements</c> or <c>Rejetée</c>.</summary>
    public UploadOutcome Outcome => UploadOutcomeExtensions.FromIssues(Issues);

    /// <summary>
    /// The activity year the workbook declares, when it could be read, even if the workbook is rejected for other
    /// errors: a rejected upload still counts for its year's collection status (<c>COLLECTE.REJETEES</c>).
    /// </summary>
    public int? DeclaredYear { get; init; }

    public int ErrorCount => Issues.Count(i => i.Severity == Severity.Error);

    public int WarningCount => Issues.Count(i => i.Severity == Severity.Warning);

    public int InformationCount => Issues.Count(i => i.Severity == Severity.Information);
}
