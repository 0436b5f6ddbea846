namespace FederationFunctions.Core.Ingestion;

/// <summary>A seam for failure tests: called between the row writes and the current-version switch. Production uses <see cref="NoIngestionFaults"/>.</summary>
public interface IIngestionFaultInjector
{
    Task BeforeCurrentSwitchAsync(BlobUpload upload, CancellationToken cancellationToken);
}
