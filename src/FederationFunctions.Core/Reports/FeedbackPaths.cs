using System.Globalization;

namespace FederationFunctions.Core.Reports;

/// <summary>The two blob names of a feedback report in the <c>feedback</c> container (<c>storage-layout-v1.md</c>).</summary>
public sealed record FeedbackBlobNames(string Workbook, string Json);

/// <summary>
/// <c>{structureCode or reference/{year}}/{uploadTimeUtc:yyyyMMddTHHmmssZ}-{fileName}.retour.xlsx</c> and <c>.retour.json</c> beside it.
/// </summary>
public static class FeedbackPaths
{
    /// <summary>Folder of feedback for an upload whose structure code could not be read from its path (e.g. a blob at the root of <c>uploads</c>).</summary>
    public const string UnknownStructureFolder = "sans-structure";

    /// <summary>Folder of feedback for a reference upload whose year could not be read from its path.</summary>
    public const string UnknownYearFolder = "reference/sans-annee";

    public static FeedbackBlobNames ForCentre(string? structureCode, DateTimeOffset uploadedAt, string fileName) =>
        In(string.IsNullOrWhiteSpace(structureCode) ? UnknownStructureFolder : structureCode, uploadedAt, fileName);

    public static FeedbackBlobNames ForReference(int? year, DateTimeOffset uploadedAt, string fileName) =>
        In(year is { } y ? "reference/" + y.ToString(CultureInfo.InvariantCulture) : UnknownYearFolder, uploadedAt, fileName);

    /// <summary>The names for a report: a reference upload when <paramref name="isReference"/>, else a centre upload.</summary>
    public static FeedbackBlobNames For(FeedbackReport report, bool isReference)
    {
        ArgumentNullException.ThrowIfNull(report);
        return isReference
            ? ForReference(report.Year, report.UploadedAt, report.FileName)
            : ForCentre(report.StructureCode, report.UploadedAt, report.FileName);
    }

    /// <summary><c>20231231T235959Z</c>.</summary>
    public static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static FeedbackBlobNames In(string folder, DateTimeOffset uploadedAt, string fileName)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        var stem = folder + "/" + Timestamp(uploadedAt) + "-" + fileName;
        return new FeedbackBlobNames(stem + ".retour.xlsx", stem + ".retour.json");
    }
}
