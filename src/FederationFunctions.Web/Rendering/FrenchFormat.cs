using System.Globalization;

namespace FederationFunctions.Web.Rendering;

/// <summary>Dates, numbers and rates as a French reader expects them, in the federation's time zone (Europe/Paris).</summary>
public static class FrenchFormat
{
    public static readonly CultureInfo Culture = Core.FrenchText.Culture;
    private static readonly TimeZoneInfo Paris = FindParis();

    public static string DateTime(DateTimeOffset value) =>
        TimeZoneInfo.ConvertTime(value, Paris).ToString("d MMMM yyyy 'à' HH:mm", Culture);

    public static string Date(DateOnly value) => value.ToString("d MMMM yyyy", Culture);

    public static string Count(int value) => value.ToString("#,##0", Culture);

    public static string Percent(double rate) => rate.ToString("0 %", Culture);

    /// <summary>A size in kilo- or megabytes.</summary>
    public static string Size(long bytes) => bytes < 1024 * 1024
        ? (bytes / 1024.0).ToString("0", Culture) + " Ko"
        : (bytes / (1024.0 * 1024.0)).ToString("0.0", Culture) + " Mo";

    private static TimeZoneInfo FindParis()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
