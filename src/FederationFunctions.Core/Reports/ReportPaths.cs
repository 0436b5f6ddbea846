using System.Globalization;

namespace FederationFunctions.Core.Reports;

/// <summary>Blob names of the consolidated workbook in the <c>reports</c> container (<c>storage-layout-v1.md</c>).</summary>
public static class ReportPaths
{
    /// <summary><c>{year}/consolidation-{year}-{computedUtc:yyyyMMddTHHmmssZ}.xlsx</c>: kept for the record.</summary>
    public static string Timestamped(int year, DateTimeOffset computedAt)
    {
        var y = year.ToString(CultureInfo.InvariantCulture);
        return y + "/consolidation-" + y + "-" + FeedbackPaths.Timestamp(computedAt) + ".xlsx";
    }

    /// <summary><c>{year}/consolidation-{year}.xlsx</c>: always the latest.</summary>
    public static string Latest(int year)
    {
        var y = year.ToString(CultureInfo.InvariantCulture);
        return y + "/consolidation-" + y + ".xlsx";
    }
}
