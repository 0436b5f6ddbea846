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
        catch (Exception exception) when (exception is StorageUnavailableException or RequestFailedException or IOException or InvalidOperationException or InvalidDataException or UnauthorizedAccessException or AggregateException or FormatException or ArgumentException or HttpRequestException or OptionsValidationException)
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
            StorageUnavailableException unavailable =>
                "le stockage ne répond pas à " + unavailable.Endpoint.GetLeftPart(UriPartial.Authority) + " (" + Cause(unavailable.InnerException) + "). " + WhatToRun,
            RequestFailedException { Status: 0 } or HttpRequestException =>
                "le stockage ne répond pas (" + FirstLine(root.Message) + "). " + WhatToRun,
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

    /// <summary>What to run when storage does not answer.</summary>
    internal const string WhatToRun =
        "Pour travailler sur ce poste, lancez « ./run.sh --serve » (il démarre Azurite et le pipeline) ; ou démarrez Azurite avec "
        + "« scripts/azurite-start.sh » et passez la chaîne de connexion qu'il affiche avec --connection \"…\" (elle est aussi "
        + "enregistrée dans le fichier .azurite/connection : --connection \"$(cat .azurite/connection)\"). Sinon, vérifiez --connection "
        + "ou le paramètre AzureWebJobsStorage.";

    private static string Cause(Exception? exception)
    {
        var root = exception;
        while (root is AggregateException { InnerException: { } inner })
        {
            root = inner;
        }

        return root switch
        {
            OperationCanceledException or TimeoutException => "pas de réponse en " + Core.FrenchText.Number(StorageProbe.Timeout.TotalSeconds, 1) + " s",
            null => "pas de réponse",
            _ when root.InnerException is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.ConnectionRefused }
                || root is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.ConnectionRefused }
                || root.Message.Contains("refused", StringComparison.OrdinalIgnoreCase) => "connexion refusée : rien n'écoute sur ce port",
            _ => "pas de réponse",
        };
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
