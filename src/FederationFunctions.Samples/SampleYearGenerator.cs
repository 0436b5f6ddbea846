using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Validation;

namespace FederationFunctions.Samples;

/// <summary>
/// Generates a realistic, deterministic sample year: a reference workbook and one workbook per structure with the
/// variety real centres produce, a few rejected files, a re-upload, a duplicate, and the expected indicators.
/// </summary>
public static class SampleYearGenerator
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The structure code of a workbook sent by a structure the reference does not know.</summary>
    public const string UnknownStructureCode = "59-ZZZ-001";

    public static SampleYear Generate(SampleYearOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Structures is < SampleYearOptions.MinStructures or > SampleYearOptions.MaxStructures)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Structures, "Le nombre de structures doit être compris entre 20 et 2 000.");
        }

        if (options.Year is < 2000 or > 2100)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Year, "L'année doit être comprise entre 2000 et 2100.");
        }

        if (options.YearsBefore is < 0 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.YearsBefore, "Le nombre d'années en arrière doit être compris entre 0 et 10.");
        }

        var random = new Random(options.Seed);
        var reference = SampleReferenceBuilder.Build(options.Year, options.Structures, random, options.YearsBefore);
        if (options.YearsBefore > 0)
        {
            // The same network, its centres' figures drawn again for the earlier year.
            random = new Random(unchecked(options.Seed + (7919 * options.YearsBefore)));
        }

        var builder = new SampleCentreBuilder(reference, random);
        var year = options.Year.ToString(CultureInfo.InvariantCulture);
        var files = new List<SampleFile>
        {
            new(1, "reference", $"{year}/referentiel-{year}.xlsx", $"reference/{year}/referentiel-{year}.xlsx", UploadOutcome.Acceptee, "Référentiel fédéral de l'année")
            {
                Content = SampleReferenceWorkbookWriter.Write(reference),
            },
        };

        var members = reference.Structures.Where(s => s.IsMember).ToList();
        var counted = new Dictionary<string, CentreWorkbook>(StringComparer.Ordinal);
        var rejected = new HashSet<string>(StringComparer.Ordinal);
        var sending = new HashSet<string>(StringComparer.Ordinal);

        // Special roles, chosen by position so that every sample, even a small one, has each of them.
        var missing = members.Where((_, i) => i % 20 == 13).Select(s => s.Code).ToHashSet();
        var candidates = members.Where(s => !missing.Contains(s.Code)).ToList();
        var textInInteger = candidates[2].Code;
        var missingColumn = candidates[candidates.Count / 3].Code;
        var mismatch = candidates[candidates.Count / 2].Code;
        var reupload = candidates[1].Code;
        var duplicate = candidates[5].Code;

        foreach (var structure in reference.Structures)
        {
            if (!structure.IsMember && structure != reference.Structures.First(s => !s.IsMember))
            {
                continue;
            }

            if (missing.Contains(structure.Code))
            {
                // Drawn anyway so that the other structures' data does not depend on who is missing.
                builder.Build(structure.Code, structure.Name, structure.Department, structure.TerritoryCode);
                SampleFileStyle.Draw(random);
                continue;
            }

            var workbook = builder.Build(structure.Code, structure.Name, structure.Department, structure.TerritoryCode);
            var style = SampleFileStyle.Draw(random);
            var fileName = FileName(structure.Code, year, random);
            var blob = structure.Code + "/" + fileName;
            if (structure.IsMember)
            {
                sending.Add(structure.Code);
            }

            if (structure.Code == textInInteger || structure.Code == missingColumn || structure.Code == mismatch)
            {
                files.Add(Rejected(structure.Code, blob, workbook, style, textInInteger, missingColumn, members));
                rejected.Add(structure.Code);
                continue;
            }

            var outcome = style.HasWarnings(workbook.Meetings.Count > 0) ? UploadOutcome.AccepteeAvecAvertissements : UploadOutcome.Acceptee;
            if (structure.Code == reupload)
            {
                // The first version is superseded by a corrected one sent later.
                var first = workbook with { Structure = workbook.Structure with { StaffHeadcount = workbook.Structure.StaffHeadcount + 7, ActivityVolunteers = workbook.Structure.ActivityVolunteers + 20 } };
                files.Add(new SampleFile(1, "uploads", blob, "uploads/" + blob, UploadOutcome.Remplacee, "Première version, remplacée par une version corrigée")
                {
                    Content = SampleCentreWorkbookWriter.Write(first, style),
                    Workbook = first,
                });
                var corrected = structure.Code + "/" + Path.GetFileNameWithoutExtension(fileName) + "-corrige.xlsx";
                files.Add(new SampleFile(2, "uploads", corrected, "uploads/" + corrected, outcome, "Version corrigée, envoyée plus tard : elle devient la version en vigueur")
                {
                    Content = SampleCentreWorkbookWriter.Write(workbook, style),
                    Workbook = workbook,
                });
            }
            else
            {
                var content = SampleCentreWorkbookWriter.Write(workbook, style);
                files.Add(new SampleFile(1, "uploads", blob, "uploads/" + blob, outcome, Describe(style, structure.IsMember)) { Content = content, Workbook = workbook });
                if (structure.Code == duplicate)
                {
                    var copy = structure.Code + "/copie-" + fileName;
                    files.Add(new SampleFile(2, "uploads", copy, "uploads/" + copy, UploadOutcome.Doublon, "Même fichier envoyé une seconde fois sous un autre nom")
                    {
                        Content = (byte[])content.Clone(),
                        Workbook = workbook,
                    });
                }
            }

            if (structure.IsMember)
            {
                counted[structure.Code] = workbook;
            }
        }

        // A structure the reference does not know: accepted at ingestion, an anomaly at consolidation.
        var unknown = builder.Build(UnknownStructureCode, "Centre social inconnu du référentiel", Department.Nord, "LIL");
        var unknownBlob = UnknownStructureCode + "/activite-" + year + ".xlsx";
        files.Add(new SampleFile(1, "uploads", unknownBlob, "uploads/" + unknownBlob, UploadOutcome.Acceptee, "Structure absente du référentiel (anomalie de consolidation)")
        {
            Content = SampleCentreWorkbookWriter.Write(unknown, SampleFileStyle.Tidy),
            Workbook = unknown,
        });

        var expected = SampleExpectedIndicators.Compute(reference, counted, rejected, sending);
        return new SampleYear(options, reference, files, expected);
    }

    /// <summary>Writes the files under <paramref name="directory"/>, with <c>manifest.json</c> and <c>expected-indicators.json</c>.</summary>
    public static async Task WriteAsync(SampleYear sample, string directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sample);
        Directory.CreateDirectory(directory);
        foreach (var file in sample.Files)
        {
            var path = Path.Combine(directory, file.LocalPath.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, file.Content, cancellationToken).ConfigureAwait(false);
        }

        var manifest = new SampleManifest(
            sample.Options.Year,
            sample.Options.Seed,
            sample.Options.Structures,
            sample.Files.Select((f, i) => new SampleManifestEntry(i + 1, f.Step, f.Container, f.BlobName, f.LocalPath, f.ExpectedOutcome.ToFrenchLabel(), f.Description)).ToList());
        await WriteJsonAsync(Path.Combine(directory, SampleYear.ManifestFileName), manifest, cancellationToken).ConfigureAwait(false);
        var expected = new SampleExpectedIndicatorsDocument(sample.Options.Year, sample.Options.Seed, sample.ExpectedIndicators);
        await WriteJsonAsync(Path.Combine(directory, SampleYear.ExpectedIndicatorsFileName), expected, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a manifest written by <see cref="WriteAsync"/>.</summary>
    public static async Task<SampleManifest> ReadManifestAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<SampleManifest>(stream, Json, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidDataException("Manifeste vide : " + path);
    }

    /// <summary>Reads the expected indicators written by <see cref="WriteAsync"/>.</summary>
    public static async Task<SampleExpectedIndicatorsDocument> ReadExpectedIndicatorsAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<SampleExpectedIndicatorsDocument>(stream, Json, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidDataException("Fichier vide : " + path);
    }

    private static async Task WriteJsonAsync<T>(string path, T value, CancellationToken cancellationToken)
    {
        await using var stream = File.Create(path);
        await JsonSerializer.SerializeAsync(stream, value, Json, cancellationToken).ConfigureAwait(false);
    }

    private static SampleFile Rejected(string code, string blob, CentreWorkbook workbook, SampleFileStyle style, string textInInteger, string missingColumn, List<MemberStructure> members)
    {
        if (code == textInInteger)
        {
            var withTraining = workbook.Trainings.Count > 0
                ? workbook
                : workbook with { Trainings = [new TrainingRow(0, "FOR-S01", "Fonction direction", null, 2, 0)] };
            return new SampleFile(1, "uploads", blob, "uploads/" + blob, UploadOutcome.Rejetee, "Rejeté : « douze » saisi en lettres dans Salariés formés")
            {
                Content = SampleCentreWorkbookWriter.Write(withTraining, style with { OmitEmptySheets = false }, SampleCorruption.TextInIntegerColumn),
            };
        }

        if (code == missingColumn)
        {
            var withMeeting = workbook.Meetings.Count > 0
                ? workbook
                : workbook with { Meetings = [new MeetingRow(0, "AG-" + workbook.Structure.Year.ToString(CultureInfo.InvariantCulture), new DateOnly(workbook.Structure.Year, 6, 14), EventType.AG, 1, 2, true)] };
            return new SampleFile(1, "uploads", blob, "uploads/" + blob, UploadOutcome.Rejetee, "Rejeté : colonne obligatoire « Type de rencontre » absente")
            {
                Content = SampleCentreWorkbookWriter.Write(withMeeting, style with { OmitEmptySheets = false }, SampleCorruption.MissingRequiredColumn),
            };
        }

        // The workbook names another structure than the folder it is sent to.
        var other = members.First(m => m.Code != code).Code;
        var foreign = workbook with { Structure = workbook.Structure with { StructureCode = other } };
        return new SampleFile(1, "uploads", blob, "uploads/" + blob, UploadOutcome.Rejetee, "Rejeté : le code structure du classeur (" + other + ") n'est pas celui du dossier")
        {
            Content = SampleCentreWorkbookWriter.Write(foreign, style),
        };
    }

    private static string FileName(string code, string year, Random random) => random.Next(4) switch
    {
        0 => $"activite-{year}.xlsx",
        1 => $"Remontée {year} {code}.xlsx",
        2 => $"remontee_annuelle_{year}.xlsx",
        _ => $"{code}_bilan_{year}.xlsx",
    };

    private static string Describe(SampleFileStyle style, bool isMember)
    {
        var parts = new List<string>();
        if (!isMember)
        {
            parts.Add("structure non adhérente (anomalie de consolidation)");
        }

        if (style == SampleFileStyle.Tidy)
        {
            parts.Add("classeur propre");
        }
        else
        {
            if (style.AlternativeHeaders)
            {
                parts.Add("en-têtes alternatifs");
            }

            if (style.TitleRows > 0)
            {
                parts.Add("titres au-dessus des en-têtes");
            }

            if (style.MoneyAsText)
            {
                parts.Add("montants en texte");
            }

            if (style.DateForm != SampleDateForm.DateCell)
            {
                parts.Add("dates en texte");
            }

            if (style.LowerCaseCode)
            {
                parts.Add("code en minuscules");
            }

            if (style.TotalRow)
            {
                parts.Add("ligne de total");
            }

            if (style.UnknownColumn)
            {
                parts.Add("colonne inconnue");
            }
        }

        return string.Join(", ", parts);
    }
}
