using FederationFunctions.Core.Validation;

namespace FederationFunctions.Core.Reports;

/// <summary>What the feedback report of one upload says (workbook and JSON twin).</summary>
/// <param name="Container"><c>uploads</c> or <c>reference</c>.</param>
/// <param name="BlobName">The blob's full name in its container.</param>
/// <param name="FileName">The file name (last path segment).</param>
/// <param name="StructureCode">The folder's structure code for a centre upload, else null.</param>
/// <param name="Year">The year read from the workbook (or the reference folder), when known.</param>
/// <param name="UploadedAt">The blob's upload time (UTC).</param>
/// <param name="ProcessedAt">When the pipeline processed it (UTC).</param>
/// <param name="Outcome">The final outcome (after versioning: may be <c>Doublon</c>).</param>
/// <param name="ContentHash">SHA-256 of the file's bytes, hex.</param>
/// <param name="Issues">Every problem found.</param>
/// <param name="Summary">Counts read from an accepted workbook (e.g. "Rencontres" → 12 lignes), in display order; empty when rejected.</param>
/// <param name="CurrentVersion">Which upload counts for the structure and year once this one was processed, when it is known.</param>
public sealed record FeedbackReport(
    string Container,
    string BlobName,
    string FileName,
    string? StructureCode,
    int? Year,
    DateTimeOffset UploadedAt,
    DateTimeOffset ProcessedAt,
    UploadOutcome Outcome,
    string ContentHash,
    IReadOnlyList<ValidationIssue> Issues,
    IReadOnlyList<KeyValuePair<string, int>> Summary,
    FeedbackCurrentVersion? CurrentVersion = null)
{
    public int ErrorCount => Issues.Count(i => i.Severity == Severity.Error);

    public int WarningCount => Issues.Count(i => i.Severity == Severity.Warning);

    public int InformationCount => Issues.Count(i => i.Severity == Severity.Information);

    /// <summary>How many problems of each code were found (all of them, listed or not), most frequent first.</summary>
    public IReadOnlyList<FeedbackIssueCount> IssueCounts => Issues
        .GroupBy(i => (i.Code, i.Severity))
        .Select(g => new FeedbackIssueCount(g.Key.Code, g.Key.Severity, g.Count()))
        .OrderBy(c => SeverityRank(c.Severity))
        .ThenByDescending(c => c.Count)
        .ThenBy(c => c.Code, StringComparer.Ordinal)
        .ToList();

    /// <summary>Errors first, then warnings, then information.</summary>
    public static int SeverityRank(Severity severity) => severity switch
    {
        Severity.Error => 0,
        Severity.Warning => 1,
        _ => 2,
    };
}

/// <summary>How many problems of one code an upload has.</summary>
public sealed record FeedbackIssueCount(string Code, Severity Severity, int Count);
