using System.CommandLine;
using System.Globalization;
using FederationFunctions.Cli.Infrastructure;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Reports;
using FederationFunctions.Core.Validation;
using FederationFunctions.Core.Workbooks;
using Microsoft.Extensions.DependencyInjection;

namespace FederationFunctions.Cli.Commands;

/// <summary>
/// <c>federation validate FILE... [--reference REF.xlsx]</c>: checks centre workbooks offline (no storage) and prints every
/// problem in French. Exit 0 when every file is accepted (with or without warnings), 1 when any is rejected, 2 for a usage error.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<FileInfo[]>("FICHIER") { Description = "Classeurs de centre à vérifier (.xlsx, .xlsm).", Arity = ArgumentArity.OneOrMore };
        var reference = new Option<FileInfo?>("--reference", "-r")
        {
            Description = "Référentiel fédéral de l'année : signale aussi, pour information, ce que la consolidation ne comptera pas (rencontre rattachée à aucun événement du calendrier, code action inconnu, structure inconnue ou non adhérente) et les lignes qu'elle additionnera.",
        };
        var command = new Command("validate", "Vérifie des classeurs de centre sans rien envoyer, et affiche chaque problème en français.") { files, reference };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(context, parseResult, () =>
            RunAsync(context, parseResult.GetValue(files) ?? [], parseResult.GetValue(reference), cancellationToken), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, FileInfo[] files, FileInfo? referenceFile, CancellationToken cancellationToken)
    {
        foreach (var file in files.Append(referenceFile).OfType<FileInfo>())
        {
            if (!file.Exists)
            {
                throw new UsageException($"le fichier « {file.FullName} » n'existe pas.");
            }
        }

        await using var services = CliServices.Build(context, CommonOptions.DevelopmentStorage);
        var reader = services.GetRequiredService<IWorkbookReader>();
        var limits = services.GetRequiredService<WorkbookReaderLimits>();
        var checker = new WorkbookChecker(reader, limits);

        ReferenceWorkbook? reference = null;
        if (referenceFile is not null)
        {
            ValidationResult<ReferenceWorkbook> referenceResult;
            await using (var stream = referenceFile.OpenRead())
            {
                referenceResult = await checker.CheckReferenceWorkbookAsync(stream, referenceFile.Name, null, cancellationToken).ConfigureAwait(false);
            }

            if (referenceResult.Workbook is null)
            {
                await context.Error.WriteLineAsync($"Le référentiel {referenceFile.Name} est rejeté ; corrigez-le avant de vérifier les classeurs avec lui :").ConfigureAwait(false);
                await IssuePrinter.WriteAsync(context.Error, referenceResult.Issues).ConfigureAwait(false);
                return ExitCodes.Failure;
            }

            reference = referenceResult.Workbook;
            checker = new WorkbookChecker(reader, limits, YearReferenceSources.Always(reference));
        }

        int accepted = 0, withWarnings = 0, rejected = 0;
        foreach (var file in files)
        {
            ValidationResult<CentreWorkbook> result;
            await using (var stream = file.OpenRead())
            {
                result = await checker.CheckCentreWorkbookAsync(stream, file.Name, null, cancellationToken).ConfigureAwait(false);
            }

            var issues = FeedbackIssueOrder.Sort(result.Issues);
            var outcome = result.Outcome;
            switch (outcome)
            {
                case UploadOutcome.Acceptee:
                    accepted++;
                    break;
                case UploadOutcome.AccepteeAvecAvertissements:
                    withWarnings++;
                    break;
                default:
                    rejected++;
                    break;
            }

            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{file.Name} : {outcome.ToFrenchLabel()} ({Plural(result.ErrorCount, "erreur", "erreurs")}, {Plural(result.WarningCount, "avertissement", "avertissements")}{(result.InformationCount > 0 ? ", " + Plural(result.InformationCount, "information", "informations") : string.Empty)})")).ConfigureAwait(false);
            await IssuePrinter.WriteAsync(context.Out, issues).ConfigureAwait(false);
        }

        if (files.Length > 1)
        {
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Bilan : {files.Length} fichiers, {accepted} acceptés, {withWarnings} acceptés avec avertissements, {rejected} rejetés.")).ConfigureAwait(false);
        }

        return rejected == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static string Plural(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count > 1 ? many : one)}");
}
