using System.Globalization;

namespace FederationFunctions.Cli.Hosting;

/// <summary>
/// A six-field NCRONTAB schedule as Azure Functions timers use it: <c>second minute hour day month day-of-week</c>,
/// e.g. <c>0 0 2 * * *</c> (every day at 02:00:00 UTC). Each field accepts <c>*</c>, a number, a range <c>a-b</c>,
/// a list <c>a,b,c</c> and a step <c>*/n</c> or <c>a-b/n</c>; day-of-week is 0–6 from Sunday (7 is also Sunday).
/// A time matches when every field matches (day of month and day of week both). Names (MON, JAN) are not supported.
/// </summary>
public sealed class CronSchedule
{
    private static readonly (string Name, int Min, int Max)[] Fields =
    [
        ("seconde", 0, 59), ("minute", 0, 59), ("heure", 0, 23), ("jour", 1, 31), ("mois", 1, 12), ("jour de la semaine", 0, 7),
    ];

    private readonly bool[][] _allowed;

    private CronSchedule(string expression, bool[][] allowed)
    {
        Expression = expression;
        _allowed = allowed;
    }

    /// <summary>The expression as given.</summary>
    public string Expression { get; }

    /// <summary>Parses an expression; on failure returns null and a French message.</summary>
    public static CronSchedule? TryParse(string? expression, out string? error)
    {
        error = null;
        var parts = (expression ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != Fields.Length)
        {
            error = $"« {expression} » : une planification NCRONTAB a 6 champs (seconde minute heure jour mois jour-de-la-semaine), par exemple « 0 0 2 * * * ».";
            return null;
        }

        var allowed = new bool[Fields.Length][];
        for (var i = 0; i < Fields.Length; i++)
        {
            allowed[i] = ParseField(parts[i], Fields[i].Min, Fields[i].Max, out var fieldError)!;
            if (fieldError is not null)
            {
                error = $"« {expression} », champ {Fields[i].Name} « {parts[i]} » : {fieldError}";
                return null;
            }
        }

        // 7 is Sunday, like 0.
        allowed[5][0] |= allowed[5][7];
        return new CronSchedule(string.Join(' ', parts), allowed);
    }

    /// <summary>Parses an expression, throwing <see cref="FormatException"/> with a French message when it is invalid.</summary>
    public static CronSchedule Parse(string expression) =>
        TryParse(expression, out var error) ?? throw new FormatException(error);

    /// <summary>The first matching time strictly after <paramref name="after"/> (whole seconds, in <paramref name="after"/>'s offset), or null when none within 5 years.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset after)
    {
        var start = after.AddTicks(-(after.Ticks % TimeSpan.TicksPerSecond)).AddSeconds(1);
        var day = new DateTimeOffset(start.Year, start.Month, start.Day, 0, 0, 0, start.Offset);
        var limit = day.AddYears(5);
        for (; day < limit; day = day.AddDays(1))
        {
            if (!_allowed[4][day.Month] || !_allowed[3][day.Day] || !_allowed[5][(int)day.DayOfWeek])
            {
                continue;
            }

            for (var hour = 0; hour < 24; hour++)
            {
                if (!_allowed[2][hour])
                {
                    continue;
                }

                for (var minute = 0; minute < 60; minute++)
                {
                    if (!_allowed[1][minute])
                    {
                        continue;
                    }

                    for (var second = 0; second < 60; second++)
                    {
                        if (!_allowed[0][second])
                        {
                            continue;
                        }

                        var candidate = day.AddHours(hour).AddMinutes(minute).AddSeconds(second);
                        if (candidate >= start)
                        {
                            return candidate;
                        }
                    }
                }
            }
        }

        return null;
    }

    public override string ToString() => Expression;

    private static bool[]? ParseField(string field, int min, int max, out string? error)
    {
        error = null;
        var allowed = new bool[max + 1];
        foreach (var item in field.Split(','))
        {
            var step = 1;
            var range = item;
            var slash = item.IndexOf('/', StringComparison.Ordinal);
            if (slash >= 0)
            {
                if (!int.TryParse(item[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out step) || step < 1)
                {
                    error = "le pas après « / » doit être un entier positif.";
                    return null;
                }

                range = item[..slash];
            }

            int from, to;
            if (range == "*")
            {
                (from, to) = (min, max);
            }
            else
            {
                var dash = range.IndexOf('-', StringComparison.Ordinal);
                var first = dash < 0 ? range : range[..dash];
                var last = dash < 0 ? range : range[(dash + 1)..];
                if (!int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out from)
                    || !int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out to))
                {
                    error = $"« {item} » n'est ni *, ni un nombre, ni un intervalle a-b.";
                    return null;
                }

                if (slash >= 0 && dash < 0)
                {
                    to = max;
                }
            }

            if (from < min || to > max || from > to)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"« {item} » sort de l'intervalle {min}–{max}.");
                return null;
            }

            for (var value = from; value <= to; value += step)
            {
                allowed[value] = true;
            }
        }

        return allowed;
    }
}
