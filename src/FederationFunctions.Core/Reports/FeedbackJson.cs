namespace FederationFunctions.Core.Reports;

/// <summary>The JSON twin of a feedback report (<c>.retour.json</c>): camelCase, UTF-8, French text unescaped.</summary>
/// <param name="FormatVersion">1 for this layout.</param>
/// <param name="Outcome">The outcome's French label, e.g. <c>Rejetée</c>.</param>
/// <param name="OutcomeCode">A stable code, e.g. <c>REJETEE</c> (see <see cref="OutcomeExplanation"/>).</param>
/// <param name="UploadedAt">Upload time, UTC.</param>
/// <param name="ProcessedAt">Processing time, UTC.</param>
/// <param name="InformationCount">Remarks of severity <c>Information</c> (v1.1), which never change the outcome.</param>
public sealed record FeedbackJson(
    int FormatVersion,
    string Container,
    string BlobName,
    string FileName,
    string? StructureCode,
    int? Year,
    DateTimeOffset UploadedAt,
    DateTimeOffset ProcessedAt,
    string Outcome,
    string OutcomeCode,
    string Meaning,
    string NextStep,
    string ContentHash,
    int ErrorCount,
    int WarningCount,
    int InformationCount,
    IReadOnlyList<FeedbackJsonCount> Summary,
    IReadOnlyList<FeedbackJsonIssue> Issues);

/// <summary>One count of the summary, e.g. <c>Rencontres</c> → 12.</summary>
public sealed record FeedbackJsonCount(string Label, int Count);

/// <summary>One problem, with every field of <see cref="Validation.ValidationIssue"/>.</summary>
/// <param name="Severity"><c>Erreur</c>, <c>Avertissement</c> or <c>Information</c>.</param>
/// <param name="SeverityCode"><c>ERREUR</c>, <c>AVERTISSEMENT</c> or <c>INFORMATION</c>.</param>
public sealed record FeedbackJsonIssue(
    string Severity,
    string SeverityCode,
    string Code,
    string? Sheet,
    int? Row,
    string? Column,
    string? Header,
    string? Value,
    string Message);
