namespace FederationFunctions.Core.Reports;

/// <summary>The JSON twin of a feedback report (<c>.retour.json</c>): camelCase, UTF-8, French text unescaped.</summary>
/// <param name="FormatVersion">1 for this layout.</param>
/// <param name="Outcome">The outcome's French label, e.g. <c>Rejetée</c>.</param>
/// <param name="OutcomeCode">A stable code, e.g. <c>REJETEE</c> (see <see cref="OutcomeExplanation"/>).</param>
/// <param name="UploadedAt">Upload time, UTC.</param>
/// <param name="ProcessedAt">Processing time, UTC.</param>
/// <param name="InformationCount">Remarks of severity <c>Information</c> (v1.1), which never change the outcome.</param>
/// <param name="Issues">The problems listed (at most <see cref="FeedbackReportWriter.MaxListedIssues"/>, errors first).</param>
/// <param name="IssueCounts">How many problems of each code were found, listed or not.</param>
/// <param name="IssuesNotListed">How many problems are counted but not listed.</param>
/// <param name="CurrentVersion">Which upload counts once this one was processed, when known.</param>
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
    IReadOnlyList<FeedbackJsonIssue> Issues,
    IReadOnlyList<FeedbackJsonIssueCount>? IssueCounts = null,
    int IssuesNotListed = 0,
    FeedbackJsonCurrentVersion? CurrentVersion = null);

/// <summary>How many problems of one code were found.</summary>
public sealed record FeedbackJsonIssueCount(string Code, string SeverityCode, int Count);

/// <summary>The upload that counts for the structure and year once this one was processed.</summary>
/// <param name="Description">One French sentence, e.g. <c>« b.xlsx », déposé le 15/01/2024 à 10:32 (heure de Paris).</c></param>
public sealed record FeedbackJsonCurrentVersion(string FileName, DateTimeOffset UploadedAt, bool IsThisUpload, bool SameContent, string Description);

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
