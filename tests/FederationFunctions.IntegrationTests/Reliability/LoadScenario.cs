using System.Globalization;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Validation;
using FederationFunctions.IntegrationTests.Infrastructure;

namespace FederationFunctions.IntegrationTests.Reliability;

/// <summary>What an upload of the load scenario is.</summary>
internal enum LoadKind
{
    /// <summary>A structure's first workbook, accepted.</summary>
    First,

    /// <summary>Rejected (one error).</summary>
    Rejected,

    /// <summary>A new version with other figures, accepted.</summary>
    Changed,

    /// <summary>The same bytes as one of the structure's earlier accepted uploads (the latest or an older one).</summary>
    Identical,

    /// <summary>Accepted, under a file name past Excel's header limit.</summary>
    LongName,

    /// <summary>Rejected, with a value past Excel's cell limit.</summary>
    LongCell,

    /// <summary>Rejected with thousands of problems repeating a 32,500-character value.</summary>
    IssueBomb,

    /// <summary>Its download keeps failing (network fault injected): recorded as unreadable after repeated sweeps.</summary>
    FailsToDownload,
}

/// <summary>
/// One upload of the scenario: where it goes and what the fake checker says of it. <paramref name="RepeatsOlder"/>: an
/// identical re-upload of an older content than the structure's latest (A, B, then A again), rather than of the latest.
/// </summary>
internal sealed record LoadUpload(string Code, string BlobName, LoadKind Kind, ValidationResult<CentreWorkbook> Content, bool RepeatsOlder = false)
{
    public bool Accepted => Kind is LoadKind.First or LoadKind.Changed or LoadKind.Identical or LoadKind.LongName;
}

/// <summary>A seeded mix of uploads: about 10 % rejected, 10 % changed re-uploads, identical re-uploads in both orders, and poison files.</summary>
internal sealed record LoadScenario(int Structures, IReadOnlyList<LoadUpload> Uploads)
{
    /// <param name="uploads">How many uploads.</param>
    /// <param name="structures">On how many structures.</param>
    /// <param name="seed">The random seed: the same seed gives the same uploads.</param>
    /// <param name="meetings">How many meeting rows an accepted workbook has, from and to (exclusive): over 100, its rows take several table batches.</param>
    public static LoadScenario Create(int uploads, int structures, int seed, (int From, int To)? meetings = null)
    {
        var (fewest, most) = meetings ?? (1, 5);
        var random = new Random(seed);
        var shared = new string('y', 32_500);

        // One message string for every problem of every bomb, as a reader's shared string would be: the scenario itself stays
        // small, so the load's peak working set is the pipeline's and not the test data's.
        var bombMessage = "Formations : « " + shared + " » n'est pas un nombre entier.";
        var accepted = new Dictionary<string, List<ValidationResult<CentreWorkbook>>>(StringComparer.Ordinal);
        var list = new List<LoadUpload>();
        string Code(int i) => string.Create(CultureInfo.InvariantCulture, $"59-LIL-{i:D3}");
        ValidationResult<CentreWorkbook> Fresh(string code) =>
            TestWorkbooks.Accepted(TestWorkbooks.Centre(code, 2023, staff: random.Next(1, 40), meetings: random.Next(fewest, most)));

        for (var k = 0; k < uploads; k++)
        {
            var roll = random.NextDouble();
            var kind = k switch
            {
                // Every poison kind at least once, early enough to land while the sweeps run.
                11 => LoadKind.LongName,
                23 => LoadKind.LongCell,
                37 => LoadKind.IssueBomb,
                41 or 53 => LoadKind.FailsToDownload,
                _ => roll switch
            {
                < 0.10 => LoadKind.Rejected,
                < 0.20 => LoadKind.Changed,
                < 0.28 => LoadKind.Identical,
                < 0.29 => LoadKind.LongName,
                < 0.30 => LoadKind.LongCell,
                < 0.31 => LoadKind.IssueBomb,
                < 0.32 => LoadKind.FailsToDownload,
                _ => LoadKind.First,
            },
            };
            var withUploads = accepted.Keys.ToList();
            if (kind is LoadKind.Changed or LoadKind.Identical && withUploads.Count == 0)
            {
                kind = LoadKind.First;
            }

            var code = kind switch
            {
                LoadKind.Changed or LoadKind.Identical => withUploads[random.Next(withUploads.Count)],
                LoadKind.First when accepted.Count < structures => Code(Enumerable.Range(1, structures).First(i => !accepted.ContainsKey(Code(i)))),
                _ => Code(random.Next(1, structures + 1)),
            };
            var name = kind == LoadKind.LongName
                ? string.Create(CultureInfo.InvariantCulture, $"{code}/{new string('n', 240)}-{k:D4}.xlsx")
                : string.Create(CultureInfo.InvariantCulture, $"{code}/depot-{k:D4}.xlsx");
            var repeated = kind == LoadKind.Identical ? random.Next(accepted[code].Count) : -1;
            var content = kind switch
            {
                LoadKind.Rejected or LoadKind.FailsToDownload => TestWorkbooks.RejectedCentre(),
                LoadKind.LongCell => new ValidationResult<CentreWorkbook>(null, [new ValidationIssue(Severity.Error, "TEXT_TOO_LONG", "Rencontres, ligne 5 : texte trop long.", "Rencontres", 5, "C", "Intitulé", new string('x', 40_000))]),
                LoadKind.IssueBomb => new ValidationResult<CentreWorkbook>(null, Enumerable.Range(0, 3_000)
                    .Select(i => new ValidationIssue(Severity.Error, "INTEGER_INVALID", bombMessage, "Formations", i + 5, "D", "Salariés formés", shared)).ToList()),
                LoadKind.Identical => accepted[code][repeated],
                _ => Fresh(code),
            };
            if (kind is LoadKind.First or LoadKind.Changed or LoadKind.LongName)
            {
                if (!accepted.TryGetValue(code, out var contents))
                {
                    accepted[code] = contents = [];
                }

                contents.Add(content);
            }

            list.Add(new LoadUpload(code, name, kind, content, RepeatsOlder: kind == LoadKind.Identical && repeated < accepted[code].Count - 1));
        }

        return new LoadScenario(structures, list);
    }

    /// <summary>Identical re-uploads of the structure's latest content (A, A).</summary>
    public int IdenticalToLatest => Uploads.Count(u => u.Kind == LoadKind.Identical && !u.RepeatsOlder);

    /// <summary>Identical re-uploads of an older content (A, B, A).</summary>
    public int IdenticalToOlder => Uploads.Count(u => u.RepeatsOlder);

    public string Describe() => string.Join(", ", Uploads.GroupBy(u => u.Kind).OrderBy(g => g.Key).Select(g => g.Key + " " + g.Count().ToString(CultureInfo.InvariantCulture)))
        + string.Create(CultureInfo.InvariantCulture, $" (identical: {IdenticalToLatest} of the latest content, {IdenticalToOlder} of an older one)");
}
