using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using FederationFunctions.Core.Ingestion;
using FederationFunctions.Core.Storage;

namespace FederationFunctions.Benchmarks;

/// <summary>
/// <c>ingest-worst</c>: the memory bound "ingesting any file of up to 10 MB keeps the process under 500 MB". Builds the
/// worst files of up to 10 MB (<see cref="WorstCaseWorkbooks"/>), uploads each to an in-memory Azurite beside the year's
/// reference, then ingests each in a fresh process (<see cref="IngestWorstOnceBenchmark"/>) through the production path
/// (<see cref="IsolatedIngestion"/> → <see cref="IngestionService"/>: download, read, check, rows, feedback, ledger) and
/// prints its time and the process's peak working set. <c>ingest-worst [--keep DIR] [LABEL ...]</c>: keeps the files in DIR;
/// runs only the files named (typical, max-rows, issue-bomb, expanded-text, expanded-cells, expanded-rows).
/// </summary>
internal sealed class IngestWorstBenchmark(IReadOnlyList<string> arguments) : IBenchmark
{
    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        Output.Line(output, "ingest-worst benchmark, {0}", Output.MachineLoad());
        var keep = arguments.Count > 1 && arguments[0] == "--keep" ? arguments[1] : null;
        var only = arguments.Skip(keep is null ? 0 : 2).ToHashSet(StringComparer.Ordinal);
        var reference = BenchWorkbooks.Reference(180);
        var members = reference.Structures.Where(s => s.IsMember).Take(6).ToList();
        var files = new List<(string Label, string Code, byte[] Bytes)>
        {
            ("typical", members[0].Code, BenchWorkbooks.Write(BenchWorkbooks.Member(reference, members[0], 0))),
        };
        var builders = new (string Label, Func<Core.Model.CentreWorkbook, byte[]> Build)[]
        {
            ("max-rows", WorstCaseWorkbooks.MaxRows),
            ("issue-bomb", WorstCaseWorkbooks.IssueBomb),
            ("expanded-text", WorstCaseWorkbooks.ExpandedText),
            ("expanded-cells", WorstCaseWorkbooks.ExpandedCells),
            ("expanded-rows", WorstCaseWorkbooks.ExpandedRows),
        };
        for (var i = 0; i < builders.Length; i++)
        {
            if (only.Count > 0 && !only.Contains(builders[i].Label))
            {
                continue;
            }

            var member = members[i + 1];
            var started = Stopwatch.StartNew();
            files.Add((builders[i].Label, member.Code, builders[i].Build(BenchWorkbooks.Member(reference, member, i + 1))));
            Output.Line(output, "built {0} in {1:F1} s", builders[i].Label, started.Elapsed.TotalSeconds);
        }

        foreach (var (label, _, bytes) in files)
        {
            Output.Line(output, "{0}: {1:N0} bytes ({2:F2} MB), parts expand to {3:N0} bytes ({4:F1} MB)", label, bytes.Length, bytes.Length / 1048576d, ExpandedBytes(bytes), ExpandedBytes(bytes) / 1048576d);
            if (keep is not null)
            {
                Directory.CreateDirectory(keep);
                await File.WriteAllBytesAsync(Path.Combine(keep, label + ".xlsx"), bytes, cancellationToken);
            }
        }

        await using var azurite = await AzuriteHost.StartAsync(cancellationToken);
        await using (var pipeline = PipelineServices.Build(azurite.ConnectionString))
        {
            var storage = pipeline.Get<FederationStorage>();
            await storage.EnsureCreatedAsync(cancellationToken);
            var referenceName = BenchWorkbooks.Year.ToString(CultureInfo.InvariantCulture) + "/referentiel.xlsx";
            await storage.Reference.GetBlobClient(referenceName).UploadAsync(new BinaryData(BenchWorkbooks.WriteReference(reference)), overwrite: true, cancellationToken);
            var ingested = await pipeline.Get<IngestionService>().IngestAsync(storage.Options.ReferenceContainer, referenceName, cancellationToken);
            Output.Line(output, "reference {0}: {1}", referenceName, ingested?.Entry.Outcome.ToString() ?? "missing");
            foreach (var (label, code, bytes) in files)
            {
                await storage.Uploads.GetBlobClient(BlobNameOf(code, label)).UploadAsync(new BinaryData(bytes), overwrite: true, cancellationToken);
            }
        }

        foreach (var (label, code, _) in files.Where(f => only.Count == 0 || only.Contains(f.Label)))
        {
            var fresh = await ScriptRunner.RunSelfAsync([IngestWorstOnceBenchmark.Mode, azurite.ConnectionString, BlobNameOf(code, label)], cancellationToken);
            output.Write(label + ": " + fresh);
        }

        Output.Line(output, "ingest-worst done, {0}", Output.MachineLoad());
    }

    private static string BlobNameOf(string code, string label) => code + "/activite-" + label + ".xlsx";

    private static long ExpandedBytes(byte[] bytes)
    {
        using var archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        return archive.Entries.Sum(e => e.Length);
    }
}
