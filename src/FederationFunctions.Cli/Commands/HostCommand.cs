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
/// <c>federation host [--interval 5] [--schedule "0 0 2 * * *"] [--http [--port 7071]]</c>: the local stand-in for the Functions
/// app. Every N seconds a reconciliation sweep (ingests new uploads); at each time of <c>ConsolidationSchedule</c> the nightly job
/// (consolidates every year whose inputs changed); with <c>--http</c>, the pages and HTTP routes on 127.0.0.1 (the local caller
/// is staff, as its first line says). Until Ctrl-C.
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
        var http = new Option<bool>("--http") { Description = "Sert aussi les pages (dépôt des centres, suivi de la collecte) et l'API HTTP sur 127.0.0.1." };
        var port = new Option<int>("--port", "-p") { Description = "Port des pages avec --http (0 : un port libre).", DefaultValueFactory = _ => LocalWebServer.DefaultPort };
        CommonOptions.AddRange(port, 0, 65535, "--port doit être compris entre 0 et 65 535.");
        var connection = CommonOptions.Connection();
        var command = new Command("host", "Fait tourner le pipeline en local : intégration toutes les N secondes, consolidation selon la planification, pages web avec --http, jusqu'à Ctrl-C.")
        {
            interval, schedule, http, port, connection,
        };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(context, parseResult, async () =>
        {
            var expression = parseResult.GetValue(schedule) ?? context.Configuration[LocalPipelineLoopOptions.ScheduleSetting] ?? LocalPipelineLoopOptions.DefaultSchedule;
            var cron = CronSchedule.TryParse(expression, out var error) ?? throw new UsageException("planification invalide : " + error);
            var loopOptions = new LocalPipelineLoopOptions(TimeSpan.FromSeconds(parseResult.GetValue(interval)), cron);
            var connectionString = context.ResolveConnection(parseResult.GetValue(connection));
            if (parseResult.GetValue(http))
            {
                await RunWithPagesAsync(context, connectionString, parseResult.GetValue(port), loopOptions, cancellationToken).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            await using var services = await CliServices.BuildForStorageAsync(context, connectionString, cancellationToken, LogLevel.Information).ConfigureAwait(false);
            await context.Out.WriteLineAsync("Hôte local démarré ; Ctrl-C pour arrêter.").ConfigureAwait(false);
            await RunAsync(services, loopOptions, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    /// <summary>The loop and the pages on loopback, until cancelled. The first line says where the pages are and that the local caller is staff.</summary>
    private static async Task RunWithPagesAsync(CliContext context, string connectionString, int port, LocalPipelineLoopOptions options, CancellationToken cancellationToken)
    {
        await StorageProbe.EnsureAnswersAsync(connectionString, cancellationToken).ConfigureAwait(false);
        await using var app = LocalWebServer.Build(context, connectionString, port, LogLevel.Information, out var generatedSecret);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw new UsageException($"le port {port.ToString(CultureInfo.InvariantCulture)} est déjà utilisé (ou refusé par le système) : choisissez-en un autre avec --port.", e);
        }

        var address = LocalWebServer.Address(app);
        await context.Out.WriteLineAsync(
            $"Hôte local : pages sur {address}suivi, sur cette machine seulement (127.0.0.1) ; vous y êtes traité comme membre de l'équipe de la fédération, sans connexion.").ConfigureAwait(false);
        if (generatedSecret)
        {
            await context.Out.WriteLineAsync("Federation__Web__LinkSecret n'est pas défini : un secret a été tiré pour cette session, les liens des centres ne vaudront que jusqu'à l'arrêt.").ConfigureAwait(false);
        }

        await context.Out.WriteLineAsync("Ctrl-C pour arrêter.").ConfigureAwait(false);
        try
        {
            await RunAsync(app.Services, options, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
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
