using System.CommandLine;
using System.Globalization;
using FederationFunctions.Cli.Infrastructure;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Templates;
using FederationFunctions.Core.Validation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FederationFunctions.Cli.Commands;

/// <summary>
/// <c>federation template --year Y --structure CODE --reference REF.xlsx [--out FILE]</c>, or <c>--all --out DIR</c>:
/// the pre-filled blank workbook of a structure (or of every member), with dropdowns from the reference.
/// </summary>
internal static class TemplateCommand
{
    public static Command Create(CliContext context)
    {
        var year = CommonOptions.Year();
        var structure = new Option<string?>("--structure", "-s") { Description = "Code de la structure (par exemple 59-LIL-001)." };
        var all = new Option<bool>("--all") { Description = "Un modèle pour chaque structure adhérente du référentiel (avec --out DOSSIER)." };
        var reference = new Option<FileInfo>("--reference", "-r") { Description = "Référentiel fédéral de l'année (listes des codes événement et action, nom de la structure).", Required = true };
        var output = new Option<string?>("--out", "-o") { Description = "Dossier existant (le modèle y est écrit sous le nom remontee-{année}-{code}.xlsx) ou fichier (une structure) ; dossier avec --all. Par défaut le dossier courant." };
        var command = new Command("template", "Écrit le classeur vierge pré-rempli d'une structure (ou de toutes avec --all).") { year, structure, all, reference, output };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(context, parseResult, async () =>
        {
            var selectedYear = parseResult.GetValue(year);
            var code = parseResult.GetValue(structure)?.Trim().ToUpperInvariant();
            var everyMember = parseResult.GetValue(all);
            if (everyMember == (code is not null))
            {
                throw new UsageException("indiquez soit --structure CODE, soit --all.");
            }

            var target = parseResult.GetValue(output);
            if (everyMember && target is null)
            {
                throw new UsageException("--all demande --out DOSSIER.");
            }

            var referenceFile = parseResult.GetValue(reference)!;
            if (!referenceFile.Exists)
            {
                throw new UsageException($"le référentiel « {referenceFile.FullName} » n'existe pas.");
            }

            var folder = OutputFolder(target, everyMember);
            await using var services = CliServices.Build(context, CommonOptions.DevelopmentStorage);
            ValidationResult<ReferenceWorkbook> checkedReference;
            await using (var stream = referenceFile.OpenRead())
            {
                // The year is compared below, in the staff's words (« le référentiel est celui de 2025 »), not as an upload folder.
                checkedReference = await services.GetRequiredService<IWorkbookChecker>()
                    .CheckReferenceWorkbookAsync(stream, referenceFile.Name, null, cancellationToken).ConfigureAwait(false);
            }

            if (checkedReference.Workbook is not { } referenceWorkbook)
            {
                await context.Error.WriteLineAsync($"Le référentiel {referenceFile.Name} est rejeté pour {selectedYear.ToString(CultureInfo.InvariantCulture)} :").ConfigureAwait(false);
                await IssuePrinter.WriteAsync(context.Error, checkedReference.Issues).ConfigureAwait(false);
                return ExitCodes.Failure;
            }

            if (referenceWorkbook.Year != selectedYear)
            {
                await context.Error.WriteLineAsync($"{referenceFile.Name} : {CentreTemplateMessages.ReferenceOfAnotherYear(selectedYear, referenceWorkbook.Year)}").ConfigureAwait(false);
                return ExitCodes.Failure;
            }

            var writer = services.GetRequiredService<CentreTemplateWriter>();
            var structures = everyMember
                ? referenceWorkbook.Structures.Where(s => s.IsMember).ToList()
                : [referenceWorkbook.Structures.FirstOrDefault(s => s.Code == code) ?? throw new UsageException($"la structure {code} ne figure pas dans le référentiel {selectedYear.ToString(CultureInfo.InvariantCulture)}.")];
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            var written = new List<string>();
            foreach (var member in structures)
            {
                var path = folder is null ? Path.GetFullPath(target!) : Path.Combine(folder, CentreTemplateWriter.FileName(selectedYear, member.Code));
                await using (var file = File.Create(path))
                {
                    writer.Write(referenceWorkbook, member, file);
                }

                written.Add(path);
                if (!member.IsMember)
                {
                    await context.Out.WriteLineAsync($"Attention : {member.Code} n'est pas adhérente en {selectedYear.ToString(CultureInfo.InvariantCulture)} d'après le référentiel.").ConfigureAwait(false);
                }
            }

            await context.Out.WriteLineAsync(written.Count == 1
                ? "Modèle écrit : " + written[0]
                : string.Create(CultureInfo.InvariantCulture, $"{written.Count} modèles écrits dans {folder}.")).ConfigureAwait(false);
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    /// <summary>
    /// The folder the template(s) go into, or null when <paramref name="target"/> names the file itself. <c>--out</c> is a
    /// folder when it exists as one, ends with a separator, or with <c>--all</c>; otherwise it is the file. The folder that
    /// will hold the file must exist (with <c>--all</c>, the folder itself may be new, not its parent): a mistyped path is a
    /// usage error rather than a tree of folders created where nobody will look.
    /// </summary>
    private static string? OutputFolder(string? target, bool everyMember)
    {
        if (target is null)
        {
            return Directory.GetCurrentDirectory();
        }

        var full = Path.GetFullPath(target);
        var isFolder = everyMember || Directory.Exists(full) || Path.EndsInDirectorySeparator(target);
        var mustExist = isFolder && !everyMember ? full : Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(full));
        if (mustExist is not null && !Directory.Exists(mustExist))
        {
            throw new UsageException($"le dossier « {mustExist} » n'existe pas : créez-le d'abord, ou indiquez avec --out un dossier existant (le modèle y est écrit sous son nom habituel) ou un fichier dans un dossier existant.");
        }

        return isFolder ? Path.TrimEndingDirectorySeparator(full) : null;
    }
}
