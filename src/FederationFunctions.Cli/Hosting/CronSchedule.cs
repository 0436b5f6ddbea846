using NCrontab;

namespace FederationFunctions.Cli.Hosting;

/// <summary>
/// The consolidation schedule read as the Functions host's timer trigger reads it: NCrontab (<c>NCrontab.Signed</c>,
/// the library the host uses), six fields <c>second minute hour day month day-of-week</c> (five fields are read
/// without the seconds, as the host does). E.g. <c>0 0 2 * * *</c>, every day at 02:00:00 UTC. This wrapper only adds
/// a French message naming the refused field; the grammar is the library's.
/// </summary>
public sealed class CronSchedule
{
    private static readonly (CrontabFieldKind Kind, string Name, string Range)[] Fields =
    [
        (CrontabFieldKind.Second, "seconde", "0–59"),
        (CrontabFieldKind.Minute, "minute", "0–59"),
        (CrontabFieldKind.Hour, "heure", "0–23"),
        (CrontabFieldKind.Day, "jour", "1–31"),
        (CrontabFieldKind.Month, "mois", "1–12 ou JAN–DEC"),
        (CrontabFieldKind.DayOfWeek, "jour de la semaine", "0–6 depuis dimanche ou SUN–SAT"),
    ];

    private readonly CrontabSchedule _schedule;

    private CronSchedule(string expression, CrontabSchedule schedule)
    {
        Expression = expression;
        _schedule = schedule;
    }

    /// <summary>The expression as given.</summary>
    public string Expression { get; }

    /// <summary>Parses an expression; on failure returns null and a French message.</summary>
    public static CronSchedule? TryParse(string? expression, out string? error)
    {
        error = null;
        var parts = (expression ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length is not (5 or 6))
        {
            error = $"« {expression} » : une planification NCRONTAB a 6 champs (seconde minute heure jour mois jour-de-la-semaine), par exemple « 0 0 2 * * * ».";
            return null;
        }

        var text = string.Join(' ', parts);
        var withSeconds = parts.Length == 6;
        var schedule = CrontabSchedule.TryParse(text, new CrontabSchedule.ParseOptions { IncludingSeconds = withSeconds });
        if (schedule is not null)
        {
            return new CronSchedule(text, schedule);
        }

        var fields = withSeconds ? Fields : Fields[1..];
        var refused = Enumerable.Range(0, parts.Length).Where(i => CrontabField.TryParse(fields[i].Kind, parts[i]) is null).DefaultIfEmpty(-1).First();
        error = refused < 0
            ? $"« {expression} » n'est pas une planification NCRONTAB valide."
            : $"« {expression} », champ {fields[refused].Name} « {parts[refused]} » : attendu *, une valeur ({fields[refused].Range}), "
                + "un intervalle a-b, une liste a,b ou un pas */n.";
        return null;
    }

    /// <summary>Parses an expression, throwing <see cref="FormatException"/> with a French message when it is invalid.</summary>
    public static CronSchedule Parse(string expression) =>
        TryParse(expression, out var error) ?? throw new FormatException(error);

    /// <summary>The first matching time strictly after <paramref name="after"/> (whole seconds, in <paramref name="after"/>'s offset), or null when none within 5 years.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset after)
    {
        var limit = after.DateTime.AddYears(5);
        var next = _schedule.GetNextOccurrence(after.DateTime, limit);
        return next >= limit ? null : new DateTimeOffset(next, after.Offset);
    }

    public override string ToString() => Expression;
}
