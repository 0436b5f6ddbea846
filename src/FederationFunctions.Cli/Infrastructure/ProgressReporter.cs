using System.Globalization;
using Spectre.Console;

namespace FederationFunctions.Cli.Infrastructure;

/// <summary>
/// Runs a counted piece of work with progress: a Spectre.Console bar when attached to a terminal,
/// plain log lines otherwise (CI, redirected output).
/// </summary>
internal static class ProgressReporter
{
    /// <summary>Runs <paramref name="work"/> over <paramref name="items"/>, reporting each item done.</summary>
    public static async Task ForEachAsync<T>(
        CliContext context,
        string title,
        IReadOnlyList<T> items,
        Func<T, string> describe,
        Func<T, CancellationToken, Task> work,
        CancellationToken cancellationToken)
    {
        if (context.Interactive)
        {
            await AnsiConsole.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask(Markup.Escape(title), maxValue: Math.Max(1, items.Count));
                    foreach (var item in items)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        await work(item, cancellationToken).ConfigureAwait(false);
                        task.Increment(1);
                    }

                    task.Value = task.MaxValue;
                }).ConfigureAwait(false);
            return;
        }

        var done = 0;
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await work(item, cancellationToken).ConfigureAwait(false);
            done++;
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{title} {done}/{items.Count} : {describe(item)}")).ConfigureAwait(false);
        }
    }

    /// <summary>Runs one long operation with a spinner on a terminal, a start line otherwise.</summary>
    public static async Task<T> RunAsync<T>(CliContext context, string title, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (context.Interactive)
        {
            return await AnsiConsole.Status().StartAsync(Markup.Escape(title) + "…", _ => work(cancellationToken)).ConfigureAwait(false);
        }

        await context.Out.WriteLineAsync(title + "…").ConfigureAwait(false);
        return await work(cancellationToken).ConfigureAwait(false);
    }
}
