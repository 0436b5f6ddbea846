using System.CommandLine;
using Azure;
using Microsoft.Extensions.Options;

namespace FederationFunctions.Cli.Infrastructure;

/// <summary>Runs a command's body: usage errors exit 2, other failures exit 1 with one clear French line (stack trace with --verbose).</summary>
internal static class CommandRunner
{
    public static async Task<int> RunAsync(CliContext context, ParseResult parseResult, Func<Task<int>> body, CancellationToken cancellationToken)
    {
        var verbose = parseResult.GetValue(CommonOptions.Verbose);
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (UsageException exception)
        {
            await context.Error.WriteLineAsync("Erreur d'utilisation : " + exception.Message).ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync("Interrompu.").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (Exception exception) when (exception is RequestFailedException or IOException or InvalidOperationException or InvalidDataException or UnauthorizedAccessException or AggregateException or FormatException or ArgumentException or HttpRequestException or OptionsValidationException)
        {
            await context.Error.WriteLineAsync("Erreur : " + Describe(exception)).ConfigureAwait(false);
            if (verbose)
            {
                await context.Error.WriteLineAsync(exception.ToString()).ConfigureAwait(false);
            }

            return ExitCodes.Failure;
        }
    }

    /// <summary>One French line that says what went wrong and what to do.</summary>
    public static string Describe(Exception exception)
    {
        var root = exception;
        while (root is AggregateException { InnerException: { } inner })
        {
            root = inner;
        }

        return root switch
        {
            RequestFailedException { Status: 0 } or HttpRequestException =>
                "le stockage ne répond pas (" + FirstLine(root.Message) + "). Vérifiez --connection ou AzureWebJobsStorage, ou démarrez Azurite : scripts/azurite-start.sh.",
            RequestFailedException failed =>
                "le stockage a refusé l'opération (" + failed.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", " + (failed.ErrorCode ?? "sans code") + ") : " + FirstLine(failed.Message),
            FormatException =>
                "chaîne de connexion invalide : elle s'écrit « Nom=valeur;Nom=valeur;… », par exemple celle qu'affiche scripts/azurite-start.sh, ou UseDevelopmentStorage=true.",
            UnauthorizedAccessException =>
                "accès refusé à un fichier ou à un dossier : vérifiez que vous avez le droit d'y écrire (ou de le lire), ou choisissez un autre emplacement.",
            DirectoryNotFoundException => "dossier introuvable : vérifiez le chemin donné.",
            FileNotFoundException notFound => "fichier introuvable" + (notFound.FileName is { } name ? " : « " + name + " »" : string.Empty) + ".",
            PathTooLongException => "chemin trop long : choisissez un emplacement plus court.",
            OptionsValidationException options => "paramètre invalide : " + string.Join(" ; ", options.Failures),
            _ => FirstLine(root.Message),
        };
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
