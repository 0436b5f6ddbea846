using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using FederationFunctions.Core.Consolidation;
using FederationFunctions.Core.Ingestion;
using FederationFunctions.Core.Storage;

namespace FederationFunctions.Benchmarks;

/// <summary>
/// <c>consolidate [N ...]</c>: for each N (default 180, 720, 2,500 structures), against a fresh Azurite: sets up a year
/// through the real pipeline (reference + one workbook per member uploaded as .xlsx, then <see cref="ReconciliationSweep"/>
/// ingests them), timed apart, then runs <see cref="ConsolidationService.RunAsync"/> in a fresh process for its time and peak working set.
/// </summary>
internal sealed class ConsolidateBenchmark(IReadOnlyList<string> arguments) : IBenchmark
{
    private const int UploadParallelism = 4;

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        IReadOnlyList<int> sizes = arguments.Count > 0 ? [.. arguments.Select(a => int.Parse(a, CultureInfo.InvariantCulture))] : [180, 720, 2_500];
        foreach (var structures in sizes)
        {
            await RunOneAsync(output, structures, cancellationToken);
        }
    }

    private static async Task RunOneAsync(TextWriter output, int structures, CancellationToken cancellationToken)
    {
        Output.Line(output, "N = {0:N0} structures, {1}", structures, Output.MachineLoad());
        await using var azurite = await AzuriteHost.StartAsync(cancellationToken);
        await using (var pipeline = PipelineServices.Build(azurite.ConnectionString))
        {
            var storage = pipeline.Get<FederationStorage>();
            await storage.EnsureCreatedAsync(cancellationToken);

            var started = Stopwatch.StartNew();
            var reference = BenchWorkbooks.Reference(structures);
            var year = BenchWorkbooks.Year.ToString(CultureInfo.InvariantCulture);
            await storage.Reference.GetBlobClient($"{year}/referentiel-{year}.xlsx")
                .UploadAsync(new BinaryData(BenchWorkbooks.WriteReference(reference)), overwrite: true, cancellationToken);
            var members = reference.Structures.Where(s => s.IsMember).Select((s, i) => (Structure: s, Index: i)).ToList();
            var rows = new ConcurrentBag<(int Meetings, int Trainings, int Programmes, long Bytes)>();
            await Parallel.ForEachAsync(
                members,
                new ParallelOptions { MaxDegreeOfParallelism = UploadParallelism, CancellationToken = cancellationToken },
                async (member, ct) =>
                {
                    var workbook = BenchWorkbooks.Member(reference, member.Structure, member.Index);
                    var file = BenchWorkbooks.Write(workbook);
                    rows.Add((workbook.Meetings.Count, workbook.Trainings.Count, workbook.Programmes.Count, file.Length));
                    await storage.Uploads.GetBlobClient($"{member.Structure.Code}/activite-{year}.xlsx").UploadAsync(new BinaryData(file), overwrite: true, ct);
                });
            var generated = started.Elapsed;
            Output.Line(output, "  setup: reference of {0:N0} structures ({1:N0} members); {2:N0} workbooks written with ClosedXML and uploaded in {3:F1} s (mean {4:F1} meetings, {5:F1} trainings, {6:F1} programme rows, {7:N0} bytes per workbook)",
                reference.Structures.Count, members.Count, rows.Count, generated.TotalSeconds,
                rows.Average(r => r.Meetings), rows.Average(r => r.Trainings), rows.Average(r => r.Programmes), rows.Average(r => r.Bytes));

            pipeline.TableRequests.Reset();
            started.Restart();
            var sweep = await pipeline.Get<ReconciliationSweep>().RunAsync(cancellationToken);
            var swept = started.Elapsed;
            Output.Line(output, "  setup: ReconciliationSweep ingested {0:N0} uploads ({1}) in {2:F1} s ({3:F0} ms per upload on {4} parallel ingestions), {5:N0} table requests",
                sweep.IngestedCount,
                string.Join(", ", sweep.Ingested.OrderBy(p => p.Key).Select(p => p.Key + " " + p.Value.ToString(CultureInfo.InvariantCulture))),
                swept.TotalSeconds, swept.TotalMilliseconds / Math.Max(1, sweep.IngestedCount), pipeline.Get<Microsoft.Extensions.Options.IOptions<IngestionOptions>>().Value.SweepParallelism, pipeline.TableRequests.Requests);
        }

        var consolidation = await ScriptRunner.RunSelfAsync([ConsolidateOnceBenchmark.Mode, azurite.ConnectionString, BenchWorkbooks.Year.ToString(CultureInfo.InvariantCulture)], cancellationToken);
        output.Write(consolidation);
        await output.FlushAsync(cancellationToken);
    }
}
