using System.CommandLine;
using System.Globalization;
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
        FrenchHelp.Apply(root);
        return root;
    }

    /// <summary>The culture of everything the command line says: System.CommandLine's help and errors come from its French resources.</summary>
    public static CultureInfo UiCulture { get; } = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Parses and runs; a usage error prints its French messages and returns <see cref="ExitCodes.Usage"/>.</summary>
    public static async Task<int> RunAsync(CliContext context, string[] args, CancellationToken cancellationToken)
    {
        // Flows with this call only (the UI culture is async-local): help, parse errors and their resources are French.
        CultureInfo.CurrentUICulture = UiCulture;
        var root = Build(context);
        var parseResult = root.Parse(args);
        var usageErrors = UsageErrors.Describe(parseResult);
        if (usageErrors.Count > 0)
        {
            foreach (var error in usageErrors)
            {
                await context.Error.WriteLineAsync("Erreur d'utilisation : " + error).ConfigureAwait(false);
            }

            await context.Error.WriteLineAsync("Aide : federation --help, ou federation <commande> --help.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        // What System.CommandLine itself writes (help, version) is kept, then put into French (FrenchHelp.Translate);
        // the commands write to context.Out directly.
        using var systemOutput = new StringWriter(CultureInfo.InvariantCulture);
        var configuration = new InvocationConfiguration
        {
            Output = systemOutput,
            Error = context.Error,
            // Ctrl-C is handled by the caller's token (Console.CancelKeyPress), not by System.CommandLine.
            ProcessTerminationTimeout = null,
        };
        var exitCode = await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        if (systemOutput.GetStringBuilder().Length > 0)
        {
            await context.Out.WriteAsync(FrenchHelp.Translate(systemOutput.ToString())).ConfigureAwait(false);
        }

        return exitCode;
    }
}
