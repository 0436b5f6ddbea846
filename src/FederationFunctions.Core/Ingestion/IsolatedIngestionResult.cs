namespace FederationFunctions.Core.Ingestion;

/// <summary>What <see cref="IsolatedIngestion"/> did with one blob version.</summary>
/// <param name="Result">The ingestion's result (possibly a record as unreadable), or null when it failed and is left for a retry.</param>
/// <param name="Failure">The failure left for a retry, or null.</param>
/// <param name="Exception">The exception behind <paramref name="Failure"/> (for a trigger to rethrow), or null.</param>
/// <param name="RecordedUnreadable">True when the version was recorded as an unreadable upload after failing for good.</param>
public sealed record IsolatedIngestionResult(IngestionResult? Result, UploadFailure? Failure, Exception? Exception, bool RecordedUnreadable);
