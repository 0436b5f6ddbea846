using System.CommandLine;
using FederationFunctions.Cli.Commands;
using FederationFunctions.Cli.Infrastructure;

namespace FederationFunctions.Cli;

/// <summary>The <c>federation</c> command line: its commands, and how a parse error becomes exit code 2.</summary>
internal static class FederationCommandLine
{
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("federation : collecte annuelle d'activité des centres sociaux (validation, envoi, intégration, consolidation).")
        {
            CommonOptions.Verbose,
        };
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(UploadCommand.Create(context));
        root.Subcommands.Add(IngestCommand.Create(context));
        root.Subcommands.Add(ConsolidateCommand.Create(context));
        root.Subcommands.Add(StatusCommand.Create(context));
        root.Subcommands.Add(FeedbackCommand.Create(context));
        root.Subcommands.Add(SampleCommand.Create(context));
        root.Subcommands.Add(TemplateCommand.Create(context));
        root.Subcommands.Add(HostCommand.Create(context));
        return root;
    }

    /// <summary>Parses and runs; a parse error prints its messages in French context and returns <see cref="ExitCodes.Usage"/>.</summary>
    public static async Task<int> RunAsync(CliContext context, string[] args, CancellationToken cancellationToken)
    {
        var root = Build(context);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                await context.Error.WriteLineAsync("Erreur d'utilisation : " + error.Message).ConfigureAwait(false);
            }

            await context.Error.WriteLineAsync("Aide : federation --help, ou federation <commande> --help.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration
        {
            Output = context.Out,
            Error = context.Error,
            // Ctrl-C is handled by the caller's token (Console.CancelKeyPress), not by System.CommandLine.
            ProcessTerminationTimeout = null,
        };
        return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
