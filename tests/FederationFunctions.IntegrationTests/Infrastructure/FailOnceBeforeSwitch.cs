using Azure;
using FederationFunctions.Core.Ingestion;

namespace FederationFunctions.IntegrationTests.Infrastructure;

/// <summary>Simulates a storage failure between the row writes and the pointer switch, once, for one blob name.</summary>
internal sealed class FailOnceBeforeSwitch : IIngestionFaultInjector
{
    private int _armed = 1;

    public string? BlobName { get; set; }

    public Task BeforeCurrentSwitchAsync(BlobUpload upload, CancellationToken cancellationToken)
    {
        if (upload.BlobName == BlobName && Interlocked.Exchange(ref _armed, 0) == 1)
        {
            throw new RequestFailedException(503, "Injected storage failure before the current-version switch.");
        }

        return Task.CompletedTask;
    }
}
