using System.CommandLine;
using System.Globalization;
using FederationFunctions.Cli.Infrastructure;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Reports;
using FederationFunctions.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace FederationFunctions.Cli.Commands;

/// <summary><c>federation status --year Y</c>: per member structure, the state of its workbook; per territory, completeness. Writes nothing.</summary>
internal static class StatusCommand
{
    public static Command Create(CliContext context)
    {
        var year = CommonOptions.Year();
        var connection = CommonOptions.Connection();
        var command = new Command("status", "Affiche l'état de la collecte d'une année : chaque structure adhérente, puis la complétude par territoire.") { year, connection };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(context, parseResult, async () =>
        {
            var selectedYear = parseResult.GetValue(year);
            await using var services = await CliServices.BuildForStorageAsync(context, context.ResolveConnection(parseResult.GetValue(connection)), cancellationToken).ConfigureAwait(false);
            await services.GetRequiredService<FederationStorage>().EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
            var input = await services.GetRequiredService<IConsolidationInputSource>().LoadAsync(selectedYear, cancellationToken).ConfigureAwait(false);
            if (input.Reference is null)
            {
                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Aucun référentiel accepté pour {selectedYear} : la liste des structures attendues est inconnue. {input.Submissions.Count} structure(s) ont envoyé un classeur.")).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            // The calculator is pure: computing here writes nothing and gives the same statuses as the report's Complétude sheet.
            var result = services.GetRequiredService<IIndicatorCalculator>().Calculate(input, DateTimeOffset.UtcNow);
            await WriteStructuresAsync(context, result).ConfigureAwait(false);
            await WriteTerritoriesAsync(context, result).ConfigureAwait(false);
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static async Task WriteStructuresAsync(CliContext context, ConsolidationResult result)
    {
        var rows = result.Completeness
            .OrderBy(r => r.TerritoryCode, StringComparer.Ordinal)
            .ThenBy(r => r.StructureCode, StringComparer.Ordinal)
            .Select(r => new[]
            {
                r.StructureCode, r.Name, r.TerritoryCode, FrenchLabels.Completeness(r.Status),
                r.UploadedAt?.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) ?? string.Empty,
                r.FileName ?? string.Empty,
                r.ErrorCount.ToString(CultureInfo.InvariantCulture), r.WarningCount.ToString(CultureInfo.InvariantCulture),
            })
            .ToList();
        await WriteTableAsync(context, "Structures adhérentes " + result.Year.ToString(CultureInfo.InvariantCulture),
            ["Code", "Nom", "AT", "Statut", "Envoi (UTC)", "Fichier", "Erreurs", "Avert."], rows).ConfigureAwait(false);
    }

    private static async Task WriteTerritoriesAsync(CliContext context, ConsolidationResult result)
    {
        var scopes = result.Reference!.Territories.Select(t => (t.Code, t.Name))
            .Append(("59", "Nord")).Append(("62", "Pas-de-Calais")).Append(("FED", "Fédération"));
        var rows = scopes.Select(s => new[]
        {
            s.Item1, s.Item2,
            Figures.Count(result.Value("COLLECTE.ATTENDUES", s.Item1)),
            Figures.Count(result.Value("COLLECTE.RECUES", s.Item1)),
            Figures.Count(result.Value("COLLECTE.REJETEES", s.Item1)),
            Figures.Count(result.Value("COLLECTE.MANQUANTES", s.Item1)),
            Figures.Rate(result.Value("COLLECTE.TAUX", s.Item1)),
        }).ToList();
        await WriteTableAsync(context, "Complétude par territoire", ["Périmètre", "Nom", "Attendues", "Reçues", "Rejetées", "Manquantes", "Taux"], rows).ConfigureAwait(false);
    }

    private static async Task WriteTableAsync(CliContext context, string title, string[] headers, List<string[]> rows)
    {
        if (context.Interactive)
        {
            var table = new Table().Title(Markup.Escape(title)).Border(TableBorder.Rounded);
            foreach (var header in headers)
            {
                table.AddColumn(Markup.Escape(header));
            }

            foreach (var row in rows)
            {
                table.AddRow(row.Select(Markup.Escape).ToArray());
            }

            AnsiConsole.Write(table);
            return;
        }

        await context.Out.WriteLineAsync(title).ConfigureAwait(false);
        var widths = headers.Select((h, i) => Math.Min(40, rows.Select(r => r[i].Length).Append(h.Length).Max())).ToArray();
        string Format(string[] cells) => "  " + string.Join("  ", cells.Select((c, i) => (c.Length > widths[i] ? c[..(widths[i] - 1)] + "…" : c).PadRight(widths[i]))).TrimEnd();
        await context.Out.WriteLineAsync(Format(headers)).ConfigureAwait(false);
        foreach (var row in rows)
        {
            await context.Out.WriteLineAsync(Format(row)).ConfigureAwait(false);
        }
    }
}
