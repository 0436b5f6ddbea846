using System.CommandLine;
using System.Globalization;
using FederationFunctions.Cli.Hosting;
using FederationFunctions.Cli.Infrastructure;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FederationFunctions.Cli.Commands;

/// <summary>
/// <c>federation host [--interval 5] [--schedule "0 0 2 * * *"]</c>: the local stand-in for the Functions app. Every N seconds a
/// reconciliation sweep (ingests new uploads); at each time of <c>ConsolidationSchedule</c> the nightly job (consolidates
/// every year whose inputs changed). Until Ctrl-C.
/// </summary>
internal static class HostCommand
{
    public static Command Create(CliContext context)
    {
        var interval = new Option<int>("--interval", "-i") { Description = "Secondes entre deux balayages des fichiers envoyés.", DefaultValueFactory = _ => 5 };
        CommonOptions.AddRange(interval, 1, 3600, "--interval doit être compris entre 1 et 3 600 secondes.");
        var schedule = new Option<string?>("--schedule")
        {
            Description = "Planification NCRONTAB à 6 champs de la consolidation (sinon le paramètre ConsolidationSchedule, sinon « 0 0 2 * * * »).",
        };
        var connection = CommonOptions.Connection();
        var command = new Command("host", "Fait tourner le pipeline en local : intégration toutes les N secondes, consolidation selon la planification, jusqu'à Ctrl-C.")
        {
            interval, schedule, connection,
        };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(context, parseResult, async () =>
        {
            var expression = parseResult.GetValue(schedule) ?? context.Configuration[LocalPipelineLoopOptions.ScheduleSetting] ?? LocalPipelineLoopOptions.DefaultSchedule;
            var cron = CronSchedule.TryParse(expression, out var error) ?? throw new UsageException("planification invalide : " + error);
            await using var services = await CliServices.BuildForStorageAsync(context, context.ResolveConnection(parseResult.GetValue(connection)), cancellationToken, LogLevel.Information).ConfigureAwait(false);
            await context.Out.WriteLineAsync("Hôte local démarré ; Ctrl-C pour arrêter.").ConfigureAwait(false);
            await RunAsync(services, new LocalPipelineLoopOptions(TimeSpan.FromSeconds(parseResult.GetValue(interval)), cron), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    /// <summary>Runs the loop with the pipeline's services until cancelled (also used in-process by the integration tests).</summary>
    internal static Task RunAsync(IServiceProvider services, LocalPipelineLoopOptions options, CancellationToken cancellationToken)
    {
        var sweep = services.GetRequiredService<ReconciliationSweep>();
        var nightly = services.GetRequiredService<NightlyConsolidationJob>();
        var loop = new LocalPipelineLoop(
            async ct =>
            {
                var summary = await sweep.RunAsync(ct).ConfigureAwait(false);
                return summary.IngestedCount > 0 || summary.Failed > 0 ? IngestCommand.Describe(summary) : null;
            },
            async ct => Describe(await nightly.RunAsync(ct).ConfigureAwait(false)),
            options,
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILogger<LocalPipelineLoop>>());
        return loop.RunAsync(cancellationToken);
    }

    private static string Describe(NightlyConsolidationSummary summary)
    {
        var years = summary.Runs.Count == 0 && summary.SkippedYears.Count == 0
            ? "aucune année modifiée depuis la dernière consolidation"
            : "années consolidées : " + string.Join(", ", summary.Runs.Select(r => r.Result.Year.ToString(CultureInfo.InvariantCulture) + " (reports/" + r.Report.LatestBlobName + ")"));
        var failed = summary.FailedYears.Count == 0 ? string.Empty : " ; en échec (réessayées la prochaine fois) : " + string.Join(", ", summary.FailedYears.Select(y => y.ToString(CultureInfo.InvariantCulture)));
        var skipped = summary.SkippedYears.Count == 0 ? string.Empty : " ; non consolidées faute de référentiel accepté : " + string.Join(", ", summary.SkippedYears.Select(y => y.ToString(CultureInfo.InvariantCulture)));
        var swept = summary.Sweep is { } sweep ? IngestCommand.Describe(sweep) : "Balayage impossible (stockage en échec, voir le journal) ; les années déjà marquées ont été consolidées.";
        return swept + " " + years + failed + skipped;
    }
}
