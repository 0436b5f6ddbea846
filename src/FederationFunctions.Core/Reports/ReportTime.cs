using System.Globalization;

namespace FederationFunctions.Core.Reports;

/// <summary>Times shown to people: French local time (Europe/Paris), falling back to UTC where the time zone database is missing.</summary>
public static class ReportTime
{
    private static readonly TimeZoneInfo Zone =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Paris", out var paris) ? paris : TimeZoneInfo.Utc;

    /// <summary>The zone every time is shown in: « heure de Paris », or « UTC » where the time zone database is missing.</summary>
    public static readonly string ZoneLabel = Zone == TimeZoneInfo.Utc ? "UTC" : "heure de Paris";

    /// <summary>The local wall-clock time, for a date cell.</summary>
    public static DateTime Local(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, Zone).DateTime;

    /// <summary>e.g. <c>29/11/2026 à 14:05</c>, where the zone is said elsewhere on the page.</summary>
    public static string DescribeLocal(DateTimeOffset time) =>
        Local(time).ToString("dd/MM/yyyy 'à' HH:mm", CultureInfo.InvariantCulture);

    /// <summary>e.g. <c>29/11/2026 à 14:05 (heure de Paris)</c>.</summary>
    public static string Describe(DateTimeOffset time) =>
        Local(time).ToString("dd/MM/yyyy 'à' HH:mm", CultureInfo.InvariantCulture) + " (" + ZoneLabel + ")";
}
