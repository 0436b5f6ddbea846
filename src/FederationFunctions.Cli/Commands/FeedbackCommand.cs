using System.CommandLine;
using System.Globalization;
using Azure.Storage.Blobs.Models;
using FederationFunctions.Cli.Infrastructure;
using FederationFunctions.Core.Ingestion;
using FederationFunctions.Core.Storage;
using FederationFunctions.Core.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace FederationFunctions.Cli.Commands;

/// <summary><c>federation feedback --out DIR [--structure CODE] [--max N] [--rejected] [--json]</c>: downloads feedback reports (<c>.retour.xlsx</c> and <c>.json</c>).</summary>
internal static class FeedbackCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "Dossier local où copier les retours.", Required = true };
        var structure = new Option<string?>("--structure", "-s") { Description = "Seulement les retours de cette structure (ou « reference/2025 » pour un référentiel)." };
        var max = new Option<int>("--max") { Description = "Nombre maximal de retours copiés (0 : tous).", DefaultValueFactory = _ => 0 };
        var json = new Option<bool>("--json") { Description = "Copie aussi le JSON de chaque retour." };
        var rejected = new Option<bool>("--rejected") { Description = "Seulement les retours des classeurs rejetés (d'après le registre des envois)." };
        var connection = CommonOptions.Connection();
        var command = new Command("feedback", "Copie les rapports de retour (feedback/…retour.xlsx) dans un dossier local.") { output, structure, max, json, rejected, connection };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(context, parseResult, async () =>
        {
            await using var services = await CliServices.BuildForStorageAsync(context, context.ResolveConnection(parseResult.GetValue(connection)), cancellationToken).ConfigureAwait(false);
            var storage = services.GetRequiredService<FederationStorage>();
            var prefix = parseResult.GetValue(structure) is { } code ? code.Trim().TrimEnd('/') + "/" : null;
            var limit = parseResult.GetValue(max);
            var withJson = parseResult.GetValue(json);
            var directory = parseResult.GetValue(output)!;
            if (!await storage.Feedback.ExistsAsync(cancellationToken).ConfigureAwait(false))
            {
                await context.Out.WriteLineAsync("Aucun retour : le conteneur feedback n'existe pas encore (lancez « federation ingest »).").ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var names = new List<string>();
            HashSet<string>? onlyThese = null;
            if (parseResult.GetValue(rejected))
            {
                var entries = await services.GetRequiredService<UploadLedger>().ListContainerAsync(storage.Options.UploadsContainer, cancellationToken).ConfigureAwait(false);
                onlyThese = entries
                    .Where(e => e.Outcome == UploadOutcome.Rejetee)
                    .SelectMany(e => new[] { e.FeedbackWorkbookPath, e.FeedbackJsonPath })
                    .OfType<string>()
                    .ToHashSet(StringComparer.Ordinal);
            }

            await foreach (var item in storage.Feedback.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, cancellationToken).ConfigureAwait(false))
            {
                if (onlyThese is not null && !onlyThese.Contains(item.Name))
                {
                    continue;
                }

                if (item.Name.EndsWith(".retour.xlsx", StringComparison.Ordinal) || (withJson && item.Name.EndsWith(".retour.json", StringComparison.Ordinal)))
                {
                    names.Add(item.Name);
                }
            }

            var selected = limit > 0 ? names.Where(n => n.EndsWith(".xlsx", StringComparison.Ordinal)).Take(limit).SelectMany(n => withJson ? [n, n[..^5] + ".json"] : new[] { n }).Where(names.Contains).ToList() : names;
            foreach (var name in selected)
            {
                var target = new FileInfo(Path.Combine(directory.FullName, name.Replace('/', Path.DirectorySeparatorChar)));
                target.Directory!.Create();
                await storage.Feedback.GetBlobClient(name).DownloadToAsync(target.FullName, cancellationToken).ConfigureAwait(false);
            }

            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{selected.Count} retour(s) copié(s) dans {directory.FullName}.")).ConfigureAwait(false);
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }
}
