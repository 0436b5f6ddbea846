using System.CommandLine;
using System.Globalization;
using FederationFunctions.Cli.Infrastructure;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Reports;
using FederationFunctions.Core.Validation;
using FederationFunctions.Core.Validation.Centre;
using FederationFunctions.Core.Validation.Reference;
using FederationFunctions.Core.Workbooks;
using Microsoft.Extensions.DependencyInjection;

namespace FederationFunctions.Cli.Commands;

/// <summary>
/// <c>federation validate FILE... [--reference REF.xlsx] [--kind centre|reference]</c>: checks workbooks offline (no storage)
/// and prints every problem in French. Each file is checked as a centre workbook or as the federation's reference: as
/// <c>--kind</c> says, otherwise as its sheets show (<see cref="WorkbookKindSniffer"/>); a workbook whose sheets point to
/// both kinds or to neither is not checked and says so. Exit 0 when every file is accepted (with or without warnings), 1
/// when any is rejected or could not be checked, 2 for a usage error.
/// </summary>
internal static class ValidateCommand
{
    /// <summary>The values of <c>--kind</c>.</summary>
    private static readonly Dictionary<string, WorkbookKind> Kinds = new(StringComparer.Ordinal)
    {
        ["centre"] = WorkbookKind.Centre,
        ["reference"] = WorkbookKind.Reference,
    };

    public static Command Create(CliContext context)
    {
        var files = new Argument<FileInfo[]>("FICHIER") { Description = "Classeurs à vérifier (.xlsx, .xlsm) : remontées de centre, ou référentiel fédéral.", Arity = ArgumentArity.OneOrMore };
        var reference = new Option<FileInfo?>("--reference", "-r")
        {
            Description = "Référentiel fédéral de l'année : signale aussi, pour information, ce que la consolidation ne comptera pas dans les classeurs de centre (rencontre rattachée à aucun événement du calendrier, code action inconnu, structure inconnue ou non adhérente) et les lignes qu'elle additionnera.",
        };
        var kind = new Option<string?>("--kind")
        {
            Description = "Nature des classeurs : centre (remontée annuelle d'un centre) ou reference (référentiel fédéral). Par défaut, reconnue d'après les noms des feuilles.",
            HelpName = string.Join('|', Kinds.Keys),
        };
        kind.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && !Kinds.ContainsKey(result.Tokens[0].Value))
            {
                result.AddError($"la valeur « {result.Tokens[0].Value} » de l'option --kind n'est pas reconnue : écrivez --kind centre ou --kind reference.");
            }
        });
        var command = new Command("validate", "Vérifie des classeurs (remontées de centre ou référentiel fédéral) sans rien envoyer, et affiche chaque problème en français.")
        {
            files, reference, kind,
        };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(context, parseResult, () =>
            RunAsync(
                context,
                parseResult.GetValue(files) ?? [],
                parseResult.GetValue(reference),
                parseResult.GetValue(kind) is { } chosen ? Kinds[chosen] : null,
                cancellationToken),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, FileInfo[] files, FileInfo? referenceFile, WorkbookKind? kind, CancellationToken cancellationToken)
    {
        if (kind == WorkbookKind.Reference && referenceFile is not null)
        {
            throw new UsageException("--reference ne sert qu'à vérifier des classeurs de centre avec le référentiel de l'année ; avec --kind reference, retirez --reference (le référentiel à vérifier se donne comme FICHIER).");
        }

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

        int accepted = 0, withWarnings = 0, rejected = 0, undecided = 0;
        foreach (var file in files)
        {
            var fileKind = kind;
            if (fileKind is null)
            {
                var detection = await WorkbookKindSniffer.DetectAsync(reader, file.FullName, cancellationToken).ConfigureAwait(false);
                if (detection.Readable && detection.Kind is null)
                {
                    undecided++;
                    await context.Out.WriteLineAsync(file.Name + " : " + UndecidedKind(detection)).ConfigureAwait(false);
                    continue;
                }

                // A file the reader refuses is checked as a centre workbook: its check says why it was refused.
                fileKind = detection.Kind ?? WorkbookKind.Centre;
                if (fileKind == WorkbookKind.Reference)
                {
                    await context.Out.WriteLineAsync(
                        $"{file.Name} : reconnu comme le référentiel fédéral (feuilles {Quoted(detection.ReferenceSheets)}) : il est vérifié comme un référentiel, pas comme une remontée de centre.").ConfigureAwait(false);
                }
            }

            UploadOutcome outcome;
            await using (var stream = file.OpenRead())
            {
                if (fileKind == WorkbookKind.Reference)
                {
                    var result = await checker.CheckReferenceWorkbookAsync(stream, file.Name, null, cancellationToken).ConfigureAwait(false);
                    outcome = await WriteResultAsync(context, file, result).ConfigureAwait(false);
                    if (result.Workbook is { } checkedReference)
                    {
                        await context.Out.WriteLineAsync(Describe(checkedReference)).ConfigureAwait(false);
                    }
                }
                else
                {
                    var result = await checker.CheckCentreWorkbookAsync(stream, file.Name, null, cancellationToken).ConfigureAwait(false);
                    outcome = await WriteResultAsync(context, file, result).ConfigureAwait(false);
                }
            }

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
        }

        if (files.Length > 1)
        {
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Bilan : {files.Length} fichiers, {accepted} acceptés, {withWarnings} acceptés avec avertissements, {rejected} rejetés{(undecided > 0 ? $", {undecided} non vérifiés" : string.Empty)}.")).ConfigureAwait(false);
        }

        return rejected == 0 && undecided == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    /// <summary>The outcome line (<c>fichier.xlsx : Acceptée (0 erreur, 0 avertissement)</c>), then every problem.</summary>
    private static async Task<UploadOutcome> WriteResultAsync<T>(CliContext context, FileInfo file, ValidationResult<T> result)
        where T : class
    {
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{file.Name} : {result.Outcome.ToFrenchLabel()} ({Plural(result.ErrorCount, "erreur", "erreurs")}, {Plural(result.WarningCount, "avertissement", "avertissements")}{(result.InformationCount > 0 ? ", " + Plural(result.InformationCount, "information", "informations") : string.Empty)})")).ConfigureAwait(false);
        await IssuePrinter.WriteAsync(context.Out, FeedbackIssueOrder.Sort(result.Issues)).ConfigureAwait(false);
        return result.Outcome;
    }

    /// <summary>What an accepted reference holds, e.g. <c>Référentiel 2025 : 13 territoires, 180 structures dont 173 adhérentes, …</c>.</summary>
    private static string Describe(ReferenceWorkbook reference) => string.Create(CultureInfo.InvariantCulture,
        $"Référentiel {reference.Year} : {Plural(reference.Territories.Count, "territoire", "territoires")}, {Plural(reference.Structures.Count, "structure", "structures")} dont {Plural(reference.Structures.Count(s => s.IsMember), "adhérente", "adhérentes")}, {Plural(reference.Calendar.Count, "événement", "événements")}, {Plural(reference.Catalogue.Count, "action", "actions")} au catalogue.");

    /// <summary>Why a workbook was not checked: its sheets point to both kinds, or to neither.</summary>
    private static string UndecidedKind(WorkbookKindDetection detection) => detection.Ambiguous
        ? $"impossible de savoir s'il s'agit d'un classeur de centre ou du référentiel fédéral : il a des feuilles d'un classeur de centre ({Quoted(detection.CentreSheets)}) et des feuilles du référentiel ({Quoted(detection.ReferenceSheets)}). "
            + "Il n'est pas vérifié. Retirez les feuilles qui n'ont rien à y faire, ou précisez --kind centre ou --kind reference."
        : $"ni un classeur de centre ni le référentiel fédéral : aucune de ses feuilles ({(detection.SheetNames.Count == 0 ? "aucune feuille" : Quoted(detection.SheetNames))}) n'a le nom d'une feuille attendue. "
            + $"Un classeur de centre a une feuille {Quoted(CentreWorkbookFormat.Sheets.Where(d => d.Required).Select(d => d.Name))} (et {Quoted(CentreWorkbookFormat.Sheets.Where(d => !d.Required).Select(d => d.Name))}) ; "
            + $"le référentiel a les feuilles {Quoted(ReferenceWorkbookFormat.Sheets.Select(d => d.Name))}. Il n'est pas vérifié. Renommez ses feuilles, ou précisez --kind centre ou --kind reference pour le vérifier quand même.";

    private static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"« {n} »"));

    private static string Plural(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count > 1 ? many : one)}");
}
