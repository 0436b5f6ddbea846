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
        var output = new Option<string?>("--out", "-o") { Description = "Fichier (une structure) ou dossier (--all) ; par défaut remontee-{année}-{code}.xlsx dans le dossier courant." };
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

            await using var services = CliServices.Build(context, CommonOptions.DevelopmentStorage);
            ValidationResult<ReferenceWorkbook> checkedReference;
            await using (var stream = referenceFile.OpenRead())
            {
                checkedReference = await services.GetRequiredService<IWorkbookChecker>()
                    .CheckReferenceWorkbookAsync(stream, referenceFile.Name, selectedYear, cancellationToken).ConfigureAwait(false);
            }

            if (checkedReference.Workbook is not { } referenceWorkbook)
            {
                await context.Error.WriteLineAsync($"Le référentiel {referenceFile.Name} est rejeté pour {selectedYear.ToString(CultureInfo.InvariantCulture)} :").ConfigureAwait(false);
                await IssuePrinter.WriteAsync(context.Error, checkedReference.Issues).ConfigureAwait(false);
                return ExitCodes.Failure;
            }

            var writer = new CentreTemplateWriter(context.Configuration.GetSection(CentreTemplateOptions.SectionName).Get<CentreTemplateOptions>());
            var structures = everyMember
                ? referenceWorkbook.Structures.Where(s => s.IsMember).ToList()
                : [referenceWorkbook.Structures.FirstOrDefault(s => s.Code == code) ?? throw new UsageException($"la structure {code} ne figure pas dans le référentiel {selectedYear.ToString(CultureInfo.InvariantCulture)}.")];
            var written = new List<string>();
            foreach (var member in structures)
            {
                var path = everyMember || target is null
                    ? Path.Combine(target ?? Directory.GetCurrentDirectory(), CentreTemplateWriter.FileName(selectedYear, member.Code))
                    : target;
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                await using (var file = File.Create(path))
                {
                    writer.Write(referenceWorkbook, member, file);
                }

                written.Add(Path.GetFullPath(path));
                if (!member.IsMember)
                {
                    await context.Out.WriteLineAsync($"Attention : {member.Code} n'est pas adhérente en {selectedYear.ToString(CultureInfo.InvariantCulture)} d'après le référentiel.").ConfigureAwait(false);
                }
            }

            await context.Out.WriteLineAsync(written.Count == 1
                ? "Modèle écrit : " + written[0]
                : string.Create(CultureInfo.InvariantCulture, $"{written.Count} modèles écrits dans {Path.GetFullPath(target!)}.")).ConfigureAwait(false);
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }
}
