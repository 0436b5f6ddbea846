using System.Globalization;
using System.Text.RegularExpressions;

namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>
/// The value of a Strict OOXML date cell (<c>t="d"</c>, ISO 8601: a date, a date and time, or a time alone) as a serial of
/// Excel's 1900 date system, the way Excel shows it: 0 is 1899-12-31, 1 is 1900-01-01, 60 the fictitious 1900-02-29
/// (Excel keeps Lotus 1-2-3's leap-year error), 61 is 1900-03-01; a time alone is the fraction of a day, whatever the
/// number of fractional digits of its seconds. An offset (<c>Z</c>, <c>+02:00</c>) is ignored: the clock time is kept as
/// written. Nothing is ever filled in from the current date.
/// </summary>
internal static partial class IsoDateSerial
{
    private const double SecondsPerDay = 86_400;

    private static readonly DateTime SerialZero = new(1899, 12, 31, 0, 0, 0, DateTimeKind.Unspecified);
    private static readonly DateTime FirstDayAfterTheFictitiousLeapDay = new(1900, 3, 1, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>The serial, or false when the text is not an ISO 8601 date or time Excel can hold (before 1899-12-31, say).</summary>
    public static bool TryParse(string text, out double serial)
    {
        serial = 0;
        var match = IsoDateTime().Match(text.Trim());
        if (!match.Success || (!match.Groups["year"].Success && !match.Groups["hour"].Success))
        {
            return false;
        }

        double days = 0;
        if (match.Groups["year"].Success && !TryGetDaySerial(Number(match, "year"), Number(match, "month"), Number(match, "day"), out days))
        {
            return false;
        }

        var fraction = 0.0;
        if (match.Groups["hour"].Success && !TryGetDayFraction(match, out fraction))
        {
            return false;
        }

        serial = days + fraction;
        return true;
    }

    private static bool TryGetDaySerial(int year, int month, int day, out double serial)
    {
        serial = 0;
        if (year == 1900 && month == 2 && day == 29)
        {
            serial = 60;
            return true;
        }

        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        if (date < SerialZero)
        {
            return false;
        }

        // Before the fictitious 1900-02-29, Excel's serials are one less than the days since 1899-12-30.
        serial = (date - SerialZero).Days + (date >= FirstDayAfterTheFictitiousLeapDay ? 1 : 0);
        return true;
    }

    private static bool TryGetDayFraction(Match match, out double fraction)
    {
        fraction = 0;
        var hour = Number(match, "hour");
        var minute = Number(match, "minute");
        var second = match.Groups["second"].Success ? Number(match, "second") : 0;
        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var seconds = (hour * 3_600) + (minute * 60) + second
            + (match.Groups["fraction"].Success ? double.Parse("0." + match.Groups["fraction"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) : 0);
        fraction = seconds / SecondsPerDay;
        return true;
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(
        @"^(?:(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2}))?(?:(?:^T?|[T ])(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2})(?:[.,](?<fraction>\d{1,100}))?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        matchTimeoutMilliseconds: 1_000)]
    private static partial Regex IsoDateTime();
}
