using System.Globalization;
using System.Text.RegularExpressions;

namespace FederationFunctions.Core.Consolidation;

/// <summary>Blob names of consolidated reports (<c>storage-layout-v1.md</c>).</summary>
public static partial class ReportPaths
{
    private const string TimestampFormat = "yyyyMMdd'T'HHmmss'Z'";

    /// <summary><c>{year}/consolidation-{year}-{computedUtc:yyyyMMddTHHmmssZ}.xlsx</c>.</summary>
    public static string Timestamped(int year, DateTimeOffset computedAt) =>
        string.Create(CultureInfo.InvariantCulture, $"{year}/consolidation-{year}-{computedAt.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture)}.xlsx");

    /// <summary><c>{year}/consolidation-{year}.xlsx</c>, always the latest.</summary>
    public static string Latest(int year) =>
        string.Create(CultureInfo.InvariantCulture, $"{year}/consolidation-{year}.xlsx");

    /// <summary>Parses a report blob name; false for anything else in the container.</summary>
    public static bool TryParse(string blobName, out int year, out DateTimeOffset? computedAt)
    {
        ArgumentNullException.ThrowIfNull(blobName);
        year = 0;
        computedAt = null;
        var match = ReportName().Match(blobName);
        if (!match.Success || match.Groups["folder"].Value != match.Groups["year"].Value)
        {
            return false;
        }

        year = int.Parse(match.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        if (match.Groups["stamp"].Success)
        {
            computedAt = new DateTimeOffset(
                DateTime.ParseExact(match.Groups["stamp"].Value, TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
                TimeSpan.Zero);
        }

        return true;
    }

    [GeneratedRegex(@"^(?<folder>\d{4})/consolidation-(?<year>\d{4})(-(?<stamp>\d{8}T\d{6}Z))?\.xlsx$", RegexOptions.CultureInvariant)]
    private static partial Regex ReportName();
}
