using System.CommandLine;
using System.Globalization;
using FederationFunctions.Cli.Infrastructure;
using FederationFunctions.Samples;
using FederationFunctions.Core.Validation;

namespace FederationFunctions.Cli.Commands;

/// <summary><c>federation sample --year Y --out DIR [--structures N] [--seed S]</c>: writes a realistic sample year.</summary>
internal static class SampleCommand
{
    public static Command Create(CliContext context)
    {
        var year = CommonOptions.Year();
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "Dossier où écrire les fichiers.", Required = true };
        var structures = new Option<int>("--structures", "-n")
        {
            Description = "Nombre de structures du référentiel (adhérentes et quelques non adhérentes).",
            DefaultValueFactory = _ => SampleYearOptions.DefaultStructures,
        };
        CommonOptions.AddRange(structures, SampleYearOptions.MinStructures, SampleYearOptions.MaxStructures, "--structures doit être compris entre 20 et 2 000.");
        var seed = new Option<int>("--seed", "-s") { Description = "Graine du générateur : la même graine donne les mêmes données.", DefaultValueFactory = _ => SampleYearOptions.DefaultSeed };

        var yearsBefore = new Option<int>("--years-before")
        {
            Description = "0 : l'année de la graine ; N : le même réseau N ans plus tôt (quelques adhérentes de moins, chiffres qui bougent de quelques pour cent), à générer avec --year égal à l'année visée.",
            DefaultValueFactory = _ => 0,
        };
        CommonOptions.AddRange(yearsBefore, 0, 10, "--years-before doit être compris entre 0 et 10.");

        var command = new Command("sample", "Génère une année d'exemple : référentiel, un classeur par structure, manifeste d'envoi et indicateurs attendus.")
        {
            year, output, structures, seed, yearsBefore,
        };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(context, parseResult, async () =>
        {
            var options = new SampleYearOptions(parseResult.GetValue(year), parseResult.GetValue(structures), parseResult.GetValue(seed), parseResult.GetValue(yearsBefore));
            var directory = parseResult.GetValue(output)!.FullName;
            var sample = SampleYearGenerator.Generate(options);
            await SampleYearGenerator.WriteAsync(sample, directory, cancellationToken).ConfigureAwait(false);

            var outcomes = sample.Files.Where(f => f.Container == "uploads").GroupBy(f => f.ExpectedOutcome).OrderBy(g => g.Key);
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Année d'exemple {options.Year} écrite dans {directory} : {sample.Files.Count} fichiers ({sample.Reference.Structures.Count} structures, graine {options.Seed}).")).ConfigureAwait(false);
            foreach (var group in outcomes)
            {
                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {group.Key.ToFrenchLabel()} attendue : {group.Count()}")).ConfigureAwait(false);
            }

            await context.Out.WriteLineAsync("  Ordre d'envoi : " + SampleYear.ManifestFileName + " ; indicateurs attendus : " + SampleYear.ExpectedIndicatorsFileName).ConfigureAwait(false);
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }
}
