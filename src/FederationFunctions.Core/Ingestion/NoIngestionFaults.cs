namespace FederationFunctions.Core.Ingestion;

/// <summary>The production <see cref="IIngestionFaultInjector"/>: does nothing.</summary>
public sealed class NoIngestionFaults : IIngestionFaultInjector
{
    public Task BeforeCurrentSwitchAsync(BlobUpload upload, CancellationToken cancellationToken) => Task.CompletedTask;
}
