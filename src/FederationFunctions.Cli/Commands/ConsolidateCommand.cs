using System.CommandLine;
using System.Globalization;
using FederationFunctions.Cli.Infrastructure;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FederationFunctions.Cli.Commands;

/// <summary><c>federation consolidate --year Y [--out FILE]</c>: consolidates the year now, writes the report to <c>reports/</c>, prints key figures.</summary>
internal static class ConsolidateCommand
{
    public static Command Create(CliContext context)
    {
        var year = CommonOptions.Year();
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Copie aussi le classeur consolidé dans ce fichier local." };
        var connection = CommonOptions.Connection();
        var command = new Command("consolidate", "Consolide une année maintenant : indicateurs, classeur consolidé dans reports/{année}/.") { year, output, connection };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(context, parseResult, async () =>
        {
            var selectedYear = parseResult.GetValue(year);
            await using var services = await CliServices.BuildForStorageAsync(context, context.ResolveConnection(parseResult.GetValue(connection)), cancellationToken).ConfigureAwait(false);
            await services.GetRequiredService<FederationStorage>().EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
            var service = services.GetRequiredService<ConsolidationService>();
            var attempt = await ProgressReporter.RunAsync(
                context,
                string.Create(CultureInfo.InvariantCulture, $"Consolidation {selectedYear}"),
                token => service.TryRunAsync(selectedYear, token),
                cancellationToken).ConfigureAwait(false);
            if (attempt.Run is not { } run)
            {
                await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Consolidation {selectedYear} refusée : {attempt.Refusal} Pour l'envoyer : federation upload --reference --year {selectedYear} FICHIER, puis federation ingest.")).ConfigureAwait(false);
                return ExitCodes.Failure;
            }

            await PrintAsync(context.Out, run).ConfigureAwait(false);
            if (parseResult.GetValue(output) is { } file)
            {
                var store = services.GetRequiredService<IReportStore>();
                await using var report = await store.OpenLatestAsync(selectedYear, cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException("le rapport vient d'être écrit mais reste introuvable dans reports/.");
                file.Directory?.Create();
                await using (var target = file.Create())
                {
                    await report.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
                }

                await context.Out.WriteLineAsync("Copie locale : " + file.FullName).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    internal static async Task PrintAsync(TextWriter writer, ConsolidationRun run)
    {
        var result = run.Result;
        var summary = ConsolidationSummary.From(run);
        string Line(string label, string value) => "  " + label.PadRight(34) + value;
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"Consolidation {result.Year} calculée le {result.ComputedAt:dd/MM/yyyy HH:mm:ss} UTC en {Core.FrenchText.Seconds(run.Duration)}."),
            Line("Structures adhérentes", Figures.Count(summary.Members)),
            Line("Classeurs reçus", Figures.Count(summary.Received) + " (" + Figures.Rate(summary.CollectionRate) + ")"),
            Line("Rejetés sans version acceptée", Figures.Count(summary.Rejected)),
            Line("Manquants", Figures.Count(summary.Missing)),
            Line("Salariés (personnes, ETP)", Figures.Count(result.Value("RH.SALARIES", "FED")) + " (" + Figures.Count(result.Value("RH.ETP", "FED")) + " ETP)"),
            Line("Bénévoles d'activité", Figures.Count(result.Value("RH.BENEVOLES", "FED"))),
            Line("Bénévoles formés", Figures.Count(result.Value("FORMATION.BENEVOLES", "FED"))),
            Line("FOSFORA", Figures.Money(result.Value("FOSFORA.MONTANT", "FED"))),
            Line("Projets santé", Figures.Count(result.Value("SANTE.PROJETS", "FED")) + " (" + Figures.Money(result.Value("SANTE.MONTANT", "FED")) + ")"),
            Line("Anomalies", Figures.Count(summary.Anomalies)),
            Line("Rapport", "reports/" + summary.ReportBlobName),
            Line("Dernier rapport", "reports/" + summary.LatestReportBlobName),
        };
        foreach (var line in lines)
        {
            await writer.WriteLineAsync(line).ConfigureAwait(false);
        }
    }
}
