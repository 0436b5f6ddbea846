namespace FederationFunctions.Core.Storage;

/// <summary>What writing a version's rows did.</summary>
/// <param name="RowCount">Entities written in the version's partition.</param>
/// <param name="TruncatedTexts">Texts cut to fit Table Storage's 64 KiB property limit.</param>
public sealed record StoredRows(int RowCount, int TruncatedTexts);
