using System.CommandLine;
using System.Globalization;
using FederationFunctions.Cli.Infrastructure;
using FederationFunctions.Core.Ingestion;
using FederationFunctions.Core.Storage;
using FederationFunctions.Core.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FederationFunctions.Cli.Commands;

/// <summary>
/// <c>federation ingest</c>: the reconciliation sweep (ingests every upload the ledger lacks), then a summary of the ledger.
/// Exit 0 when every listed upload is recorded (even rejected); 1 when some could not be ingested this time (named on the error output).
/// </summary>
internal static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var connection = CommonOptions.Connection();
        var command = new Command("ingest", "Intègre tous les fichiers envoyés et pas encore traités (balayage de réconciliation), puis affiche le bilan.") { connection };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(context, parseResult, async () =>
        {
            await using var services = await CliServices.BuildForStorageAsync(context, context.ResolveConnection(parseResult.GetValue(connection)), cancellationToken).ConfigureAwait(false);
            var sweep = services.GetRequiredService<ReconciliationSweep>();
            var summary = await ProgressReporter.RunAsync(context, "Intégration des fichiers envoyés", sweep.RunAsync, cancellationToken).ConfigureAwait(false);
            await context.Out.WriteLineAsync(Describe(summary, withOutcomes: false)).ConfigureAwait(false);

            var ledger = services.GetRequiredService<UploadLedger>();
            var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
            var entries = await ledger.ListContainerAsync(options.UploadsContainer, cancellationToken).ConfigureAwait(false);
            await context.Out.WriteLineAsync(DescribeLedger(entries)).ConfigureAwait(false);
            if (summary.Failed == 0)
            {
                return ExitCodes.Success;
            }

            await context.Error.WriteLineAsync(DescribeFailures(summary)).ConfigureAwait(false);
            return ExitCodes.Failure;
        }, cancellationToken));
        return command;
    }

    private static readonly CultureInfo French = Core.FrenchText.Culture;

    /// <summary>
    /// One line: what this sweep did; with <paramref name="withOutcomes"/>, the outcomes of the files it ingested (reference
    /// workbooks included), in the same words as <see cref="DescribeLedger"/>. <c>federation ingest</c> prints the
    /// ledger's line instead, so that one number is given for each outcome.
    /// </summary>
    internal static string Describe(ReconciliationSummary summary, bool withOutcomes = true)
    {
        int Count(UploadOutcome outcome) => summary.Ingested.TryGetValue(outcome, out var n) ? n : 0;
        var line = string.Create(French,
            $"Balayage : {summary.BlobsListed} fichier(s) listé(s), {summary.AlreadyRecorded} déjà traité(s), {summary.IngestedCount} intégré(s) maintenant en {summary.Duration.TotalSeconds:0.0} s");
        line += withOutcomes && summary.IngestedCount > 0
            ? " (référentiels compris) — " + Outcomes(Count) + "."
            : ".";
        if (summary.RecordedUnreadable > 0)
        {
            line += string.Create(French, $" {summary.RecordedUnreadable} fichier(s) illisible(s) après plusieurs essais, enregistré(s) comme rejeté(s) avec un retour pour le centre.");
        }

        return summary.Failed > 0
            ? line + string.Create(French, $" {summary.Failed} fichier(s) non intégré(s) cette fois : relancez « federation ingest ».")
            : line;
    }

    /// <summary>The uploads left for the next sweep, one per line with what went wrong, in French.</summary>
    internal static string DescribeFailures(ReconciliationSummary summary)
    {
        var lines = summary.Failures.Select(f => "  " + f.Container + "/" + f.BlobName + " : " + (f.Explanation is { Length: > 0 } explanation ? explanation : f.Reason) + ".");
        return string.Create(French, $"{summary.Failed} fichier(s) non intégré(s), réessayé(s) au prochain balayage :")
            + Environment.NewLine + string.Join(Environment.NewLine, lines);
    }

    /// <summary>One line: the state of every centre upload ever seen (one number for each outcome).</summary>
    internal static string DescribeLedger(IReadOnlyList<UploadLedgerEntry> entries)
    {
        int Count(UploadOutcome outcome) => entries.Count(e => e.Outcome == outcome);
        return string.Create(French, $"Classeurs de centre au registre : {entries.Count} — {Outcomes(Count)}.");
    }

    private static string Outcomes(Func<UploadOutcome, int> count) => string.Create(
        French,
        $"acceptés : {count(UploadOutcome.Acceptee)}, acceptés avec avertissements : {count(UploadOutcome.AccepteeAvecAvertissements)}, rejetés : {count(UploadOutcome.Rejetee)}, doublons : {count(UploadOutcome.Doublon)}, remplacés : {count(UploadOutcome.Remplacee)}");
}
