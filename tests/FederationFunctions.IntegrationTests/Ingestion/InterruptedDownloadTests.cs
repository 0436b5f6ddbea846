using FederationFunctions.Core.Ingestion;
using FederationFunctions.Core.Validation;
using FederationFunctions.IntegrationTests.Infrastructure;

namespace FederationFunctions.IntegrationTests.Ingestion;

/// <summary>
/// Storage going away while the checker reads an upload's content (the connection breaks, and the download's requests for
/// the rest fail after the SDK's retries, as when the account or Azurite stops) is a storage failure, left for the next
/// attempt: never a rejection of the file (« Le fichier n'a pas pu être lu », for good) telling the centre its file is broken.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class InterruptedDownloadTests(AzuriteFixture azurite)
{
    private const string Code = "59-LIL-001";
    private const string BlobName = Code + "/activite-2023.xlsx";
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset At = new(2024, 1, 15, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Sweep_StorageStopsWhileTheContentIsRead_LeftForTheNextSweepThenAccepted()
    {
        var faults = new StorageFaultPolicy();
        await using var h = await IngestionHarness.CreateAsync(azurite, faults);
        var upload = await UploadThenBreakItsReadingAsync(h, faults);

        var broken = await h.Sweep.RunAsync(None);

        faults.FailWhen(null);
        Assert.True(faults.Injected > 0);
        Assert.Null(await h.LedgerOutcomeAsync(upload));
        Assert.Equal(BlobName, Assert.Single(broken.Failures).BlobName);
        var next = await h.Sweep.RunAsync(None);
        Assert.Equal(0, next.Failed);
        Assert.Equal(UploadOutcome.Acceptee, await h.LedgerOutcomeAsync(upload));
    }

    [Fact]
    public async Task Trigger_StorageStopsWhileTheContentIsRead_FailsForTheHostToRetryNotRejected()
    {
        var faults = new StorageFaultPolicy();
        await using var h = await IngestionHarness.CreateAsync(azurite, faults);
        var upload = await UploadThenBreakItsReadingAsync(h, faults);

        var triggered = await h.Get<IsolatedIngestion>().IngestAsync(h.Storage.Uploads.Name, BlobName, None);

        faults.FailWhen(null);
        Assert.NotNull(triggered?.Failure);
        Assert.True(IsolatedIngestion.IsTransient(triggered!.Exception!), triggered.Exception!.ToString());
        Assert.Null(await h.LedgerOutcomeAsync(upload));
    }

    /// <summary>
    /// Uploads an accepted workbook; from then on, the first answer to a request for its content breaks while it is read and
    /// every later request for it fails (network).
    /// </summary>
    private static async Task<BlobUpload> UploadThenBreakItsReadingAsync(IngestionHarness h, StorageFaultPolicy faults)
    {
        var upload = await h.UploadCentreAsync(BlobName, h.Checker.Register(TestWorkbooks.Accepted(TestWorkbooks.Centre(Code, 2023))), At);
        var content = h.Storage.Uploads.Name + "/" + BlobName;
        var answered = 0;
        faults.FailWhen(r => r.Method != "GET" || !r.Targets(content)
            ? StorageFaultPolicy.FaultKind.None
            : Interlocked.Increment(ref answered) == 1 ? StorageFaultPolicy.FaultKind.BrokenBody : StorageFaultPolicy.FaultKind.Network);
        return upload;
    }
}
