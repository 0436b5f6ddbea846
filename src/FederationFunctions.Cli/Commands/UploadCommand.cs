using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using FederationFunctions.Cli.Infrastructure;
using FederationFunctions.Samples;
using FederationFunctions.Core.Workbooks;
using FederationFunctions.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FederationFunctions.Cli.Commands;

/// <summary>
/// <c>federation upload PATH... [--structure CODE]</c> sends centre workbooks to <c>uploads/{code}/{fileName}</c>;
/// <c>federation upload --reference --year Y FILE</c> sends the reference to <c>reference/{Y}/</c>;
/// <c>federation upload --manifest M [--step N]</c> follows a sample's manifest.
/// </summary>
internal static partial class UploadCommand
{
    /// <summary>The manifest's name for the centre uploads container (whatever its configured name).</summary>
    internal const string UploadsContainer = "uploads";

    /// <summary>The manifest's name for the reference container.</summary>
    internal const string ReferenceContainer = "reference";

    public static Command Create(CliContext context)
    {
        var paths = new Argument<FileSystemInfo[]>("CHEMIN") { Description = "Fichiers ou dossiers à envoyer.", Arity = ArgumentArity.ZeroOrMore };
        var structure = new Option<string?>("--structure", "-s") { Description = "Code de la structure (sinon lu dans la feuille Structure du classeur)." };
        var reference = new Option<bool>("--reference") { Description = "Envoie un référentiel fédéral (avec --year) au lieu d'un classeur de centre." };
        var year = CommonOptions.Year(required: false);
        var manifest = new Option<FileInfo?>("--manifest", "-m") { Description = "Envoie les fichiers d'un manifeste (federation sample), dans son ordre." };
        var step = new Option<int?>("--step") { Description = "Avec --manifest : n'envoie que les fichiers de cette étape (1, puis 2 après intégration)." };
        var connection = CommonOptions.Connection();
        var command = new Command("upload", "Envoie des classeurs dans le stockage (uploads/{code}/ ou reference/{année}/).")
        {
            paths, structure, reference, year, manifest, step, connection,
        };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(context, parseResult, async () =>
        {
            var connectionString = context.ResolveConnection(parseResult.GetValue(connection));
            await using var services = CliServices.Build(context, connectionString);
            var storage = services.GetRequiredService<FederationStorage>();
            var plan = await PlanAsync(
                parseResult.GetValue(paths) ?? [],
                parseResult.GetValue(structure),
                parseResult.GetValue(reference),
                parseResult.GetResult(year) is { Implicit: false } ? parseResult.GetValue(year) : null,
                parseResult.GetValue(manifest),
                parseResult.GetValue(step),
                cancellationToken).ConfigureAwait(false);
            await StorageProbe.EnsureAnswersAsync(connectionString, cancellationToken).ConfigureAwait(false);
            await storage.Uploads.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            await storage.Reference.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            await ProgressReporter.ForEachAsync(
                context,
                "Envoi",
                plan,
                p => p.Container + "/" + p.BlobName,
                (p, token) => UploadAsync(p.Container == ReferenceContainer ? storage.Reference : storage.Uploads, p, token),
                cancellationToken).ConfigureAwait(false);
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{plan.Count} fichier(s) envoyé(s) : {plan.Count(p => p.Container == UploadsContainer)} classeur(s) de centre, {plan.Count(p => p.Container == ReferenceContainer)} référentiel(s).")).ConfigureAwait(false);
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    /// <summary>Works out what goes where, before anything is sent; any usage problem is found here.</summary>
    internal static async Task<IReadOnlyList<PlannedUpload>> PlanAsync(
        FileSystemInfo[] paths, string? structure, bool reference, int? year, FileInfo? manifest, int? step, CancellationToken cancellationToken)
    {
        if (manifest is not null)
        {
            if (paths.Length > 0 || reference || structure is not null)
            {
                throw new UsageException("--manifest ne se combine pas avec des chemins, --reference ou --structure.");
            }

            if (!manifest.Exists)
            {
                throw new UsageException($"le manifeste « {manifest.FullName} » n'existe pas.");
            }

            var document = await SampleYearGenerator.ReadManifestAsync(manifest.FullName, cancellationToken).ConfigureAwait(false);
            return document.Uploads
                .Where(u => step is null || u.Step == step)
                .OrderBy(u => u.Order)
                .Select(u => new PlannedUpload(Path.Combine(manifest.DirectoryName!, u.File.Replace('/', Path.DirectorySeparatorChar)), u.Container, u.BlobName))
                .Select(p => p.Container is UploadsContainer or ReferenceContainer ? p : throw new UsageException($"conteneur inconnu dans le manifeste : « {p.Container} » (attendu : uploads ou reference)."))
                .Select(p => File.Exists(p.LocalPath) ? p : throw new UsageException($"fichier du manifeste introuvable : « {p.LocalPath} »."))
                .ToList();
        }

        if (paths.Length == 0)
        {
            throw new UsageException("indiquez au moins un fichier ou un dossier à envoyer (ou --manifest).");
        }

        var files = Expand(paths);
        if (reference)
        {
            if (year is null)
            {
                throw new UsageException("--reference demande --year (l'année du référentiel).");
            }

            if (structure is not null)
            {
                throw new UsageException("--reference ne se combine pas avec --structure.");
            }

            var folder = year.Value.ToString(CultureInfo.InvariantCulture);
            return files.Select(f => new PlannedUpload(f.FullName, ReferenceContainer, folder + "/" + f.Name)).ToList();
        }

        string? code = null;
        if (structure is not null)
        {
            code = structure.Trim().ToUpperInvariant();
            if (!StructureCodePattern().IsMatch(code))
            {
                throw new UsageException($"code structure invalide : « {structure} » (attendu : 59-LIL-001).");
            }
        }

        var plan = new List<PlannedUpload>();
        var reader = new XlsxWorkbookReader();
        foreach (var file in files)
        {
            var fileCode = code ?? await StructureCodeSniffer.ReadAsync(reader, file.FullName, cancellationToken).ConfigureAwait(false)
                ?? throw new UsageException($"impossible de lire le code structure de « {file.Name} » (feuille Structure) : précisez --structure.");
            plan.Add(new PlannedUpload(file.FullName, UploadsContainer, fileCode + "/" + file.Name));
        }

        return plan;
    }

    private static List<FileInfo> Expand(FileSystemInfo[] paths)
    {
        var files = new List<FileInfo>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path.FullName))
            {
                files.AddRange(new DirectoryInfo(path.FullName)
                    .EnumerateFiles("*", SearchOption.AllDirectories)
                    .Where(f => !f.Name.StartsWith('.') && !f.Name.StartsWith("~$", StringComparison.Ordinal))
                    .Where(f => !f.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                    .OrderBy(f => f.FullName, StringComparer.Ordinal));
            }
            else if (File.Exists(path.FullName))
            {
                files.Add(new FileInfo(path.FullName));
            }
            else
            {
                throw new UsageException($"le chemin « {path.FullName} » n'existe pas.");
            }
        }

        if (files.Count == 0)
        {
            throw new UsageException("aucun fichier à envoyer dans les dossiers indiqués.");
        }

        return files;
    }

    private static async Task UploadAsync(BlobContainerClient container, PlannedUpload upload, CancellationToken cancellationToken)
    {
        var blob = container.GetBlobClient(upload.BlobName);
        await using var stream = File.OpenRead(upload.LocalPath);
        var contentType = upload.LocalPath.EndsWith(".xlsm", StringComparison.OrdinalIgnoreCase)
            ? "application/vnd.ms-excel.sheet.macroEnabled.12"
            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        await blob.UploadAsync(stream, new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } }, cancellationToken).ConfigureAwait(false);
    }

    [GeneratedRegex("^[0-9]{2}-[A-Z]{3}-[0-9]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex StructureCodePattern();
}

/// <summary>One file to send and where.</summary>
internal sealed record PlannedUpload(string LocalPath, string Container, string BlobName);
