namespace FederationFunctions.Core.Ingestion;

/// <summary>The ledger entry of an ingested upload, and whether it had already been recorded (then nothing changed).</summary>
public sealed record IngestionResult(UploadLedgerEntry Entry, bool AlreadyRecorded);
