using System.CommandLine;
using System.Globalization;
using FederationFunctions.Cli.Infrastructure;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Reports;
using FederationFunctions.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace FederationFunctions.Cli.Commands;

/// <summary>
/// <c>federation status --year Y [--missing] [--rejected]</c>: per member structure, the state of its workbook (sorted by
/// department, territory, code; times in Paris time); per territory, completeness. Writes nothing.
/// </summary>
internal static class StatusCommand
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static Command Create(CliContext context)
    {
        var year = CommonOptions.Year();
        var connection = CommonOptions.Connection();
        var missing = new Option<bool>("--missing") { Description = "N'affiche que les structures qui n'ont rien envoyé (Manquante)." };
        var rejected = new Option<bool>("--rejected")
        {
            Description = "N'affiche que les structures dont le dernier envoi a été rejeté, y compris celles dont une version acceptée plus ancienne compte toujours. Avec --missing : les unes et les autres.",
        };
        var command = new Command("status", "Affiche l'état de la collecte d'une année : chaque structure adhérente (par département, territoire et code), puis la complétude par territoire.")
        {
            year, missing, rejected, connection,
        };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(context, parseResult, async () =>
        {
            var selectedYear = parseResult.GetValue(year);
            var filter = new StatusFilter(parseResult.GetValue(missing), parseResult.GetValue(rejected));
            await using var services = await CliServices.BuildForStorageAsync(context, context.ResolveConnection(parseResult.GetValue(connection)), cancellationToken).ConfigureAwait(false);
            await services.GetRequiredService<FederationStorage>().EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
            var input = await services.GetRequiredService<IConsolidationInputSource>().LoadAsync(selectedYear, cancellationToken).ConfigureAwait(false);
            if (input.Reference is null)
            {
                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Aucun référentiel accepté pour {selectedYear} : la liste des structures attendues est inconnue. {input.Submissions.Count} structure(s) ont envoyé un classeur.")).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            // The calculator is pure: computing here writes nothing. The statuses are those of the API (CollectionStatusQuery)
            // and of the report's Complétude sheet; the territory counts come from the same result.
            var result = services.GetRequiredService<IIndicatorCalculator>().Calculate(input, DateTimeOffset.UtcNow);
            var status = CollectionStatusQuery.Describe(input, result);
            await WriteStructuresAsync(context, status, filter).ConfigureAwait(false);
            await WriteTerritoriesAsync(context, result).ConfigureAwait(false);
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    /// <summary>The structures shown, in order: department, territory, structure code (ordinal comparisons, whatever the culture).</summary>
    internal static IReadOnlyList<StructureCollectionStatus> Select(IEnumerable<StructureCollectionStatus> structures, StatusFilter filter) =>
        structures
            .Where(filter.Includes)
            .OrderBy(s => s.Department, StringComparer.Ordinal)
            .ThenBy(s => s.TerritoryCode, StringComparer.Ordinal)
            .ThenBy(s => s.StructureCode, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The status as the staff reads it: the label, or, when the latest upload was rejected after an accepted one,
    /// « Rejetée (la version acceptée du 12/03/2025 compte toujours) »: the accepted version stays current and counted.
    /// </summary>
    internal static string Describe(StructureCollectionStatus structure)
    {
        ArgumentNullException.ThrowIfNull(structure);
        return structure is { LaterRejection: not null, UploadedAt: { } acceptedAt }
            ? $"{FrenchLabels.Completeness(CompletenessStatus.Rejetee)} (la version acceptée du {ReportTime.Local(acceptedAt).ToString("dd/MM/yyyy", French)} compte toujours)"
            : structure.Status;
    }

    private static bool IsTime(string cell) => cell.Length == 16 && cell[2] == '/' && cell[13] == ':';

    /// <summary>A time in the federation's time zone (Europe/Paris), e.g. <c>01/07/2025 14:00</c> for 12:00 UTC in summer.</summary>
    internal static string Time(DateTimeOffset time) => ReportTime.Local(time).ToString("dd/MM/yyyy HH:mm", French);

    private static async Task WriteStructuresAsync(CliContext context, CollectionStatus status, StatusFilter filter)
    {
        var shown = Select(status.Structures, filter);
        var rows = shown.Select(s =>
        {
            // A rejection after an accepted version: the line is about the rejected upload (its time, file and counts).
            var upload = s.LaterRejection is { } rejection
                ? (At: (DateTimeOffset?)rejection.UploadedAt, File: UploadFileName.Of(rejection.BlobName), rejection.ErrorCount, rejection.WarningCount)
                : (At: s.UploadedAt, File: s.FileName ?? string.Empty, s.ErrorCount, s.WarningCount);
            return new[]
            {
                s.Department, s.TerritoryCode, s.StructureCode, s.Name, Describe(s),
                upload.At is { } at ? Time(at) : string.Empty,
                upload.File,
                upload.At is null ? string.Empty : upload.ErrorCount.ToString(CultureInfo.InvariantCulture),
                upload.At is null ? string.Empty : upload.WarningCount.ToString(CultureInfo.InvariantCulture),
            };
        }).ToList();
        var title = "Structures adhérentes " + status.Year.ToString(CultureInfo.InvariantCulture)
            + (filter.Name is { } name ? string.Create(CultureInfo.InvariantCulture, $" — {name} : {shown.Count} sur {status.Structures.Count}") : string.Empty);
        await WriteTableAsync(context, title,
            ["Dép.", "AT", "Code", "Nom", "Statut", "Envoi (" + ReportTime.ZoneLabel + ")", "Fichier", "Erreurs", "Avert."], rows).ConfigureAwait(false);
    }

    private static async Task WriteTerritoriesAsync(CliContext context, ConsolidationResult result)
    {
        var scopes = result.Reference!.Territories
            .OrderBy(t => (int)t.Department)
            .ThenBy(t => t.Code, StringComparer.Ordinal)
            .Select(t => (t.Code, t.Name))
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

    /// <summary>
    /// A table: drawn by Spectre.Console on a terminal; otherwise (redirected to a file, a pipe, CI) plain aligned columns
    /// with every cell in full, names included, so that the output can be searched and read later.
    /// </summary>
    private static async Task WriteTableAsync(CliContext context, string title, string[] headers, List<string[]> rows)
    {
        if (context.Interactive)
        {
            var table = new Table().Title(Markup.Escape(title)).Border(TableBorder.Rounded);
            foreach (var (header, i) in headers.Select((h, i) => (h, i)))
            {
                // Codes, times and counts never wrap (a code cut in two cannot be searched); names and statuses wrap instead.
                var column = new TableColumn(Markup.Escape(header));
                table.AddColumn(rows.All(r => r[i].Length <= 16 && !r[i].Contains(' ', StringComparison.Ordinal) || IsTime(r[i])) ? column.NoWrap() : column);
            }

            foreach (var row in rows)
            {
                table.AddRow(row.Select(Markup.Escape).ToArray());
            }

            AnsiConsole.Write(table);
            return;
        }

        await context.Out.WriteLineAsync(title).ConfigureAwait(false);
        var widths = headers.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        string Format(string[] cells) => "  " + string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd();
        await context.Out.WriteLineAsync(Format(headers)).ConfigureAwait(false);
        foreach (var row in rows)
        {
            await context.Out.WriteLineAsync(Format(row)).ConfigureAwait(false);
        }

        if (rows.Count == 0)
        {
            await context.Out.WriteLineAsync("  (aucune)").ConfigureAwait(false);
        }
    }
}
