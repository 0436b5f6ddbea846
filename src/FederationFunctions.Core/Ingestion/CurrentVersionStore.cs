using System.Globalization;
using Azure;
using Azure.Data.Tables;
using FederationFunctions.Core.Storage;
using FederationFunctions.Core.Validation;

namespace FederationFunctions.Core.Ingestion;

/// <summary>
/// Current-version pointers: PartitionKey = year, RowKey = <c>centre|{structureCode}</c> or <c>reference</c>.
/// A year's current workbooks are one partition query.
/// </summary>
public sealed class CurrentVersionStore
{
    private const string CentrePrefix = "centre|";
    private const string ReferenceRowKey = "reference";
    private readonly FederationStorage _storage;

    public CurrentVersionStore(FederationStorage storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        _storage = storage;
    }

    public static string PartitionKeyOf(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    public static string RowKeyOf(string? structureCode) =>
        structureCode is null ? ReferenceRowKey : CentrePrefix + TableKeys.Escape(structureCode);

    /// <summary>The slot's current version, or null when nothing was accepted yet.</summary>
    public async Task<CurrentVersion?> GetAsync(int year, string? structureCode, CancellationToken cancellationToken)
    {
        var response = await _storage.CurrentVersions.GetEntityIfExistsAsync<TableEntity>(
            PartitionKeyOf(year), RowKeyOf(structureCode), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue && response.Value is not null ? FromEntity(response.Value) : null;
    }

    /// <summary>Every structure's current version for a year.</summary>
    public async Task<IReadOnlyList<CurrentVersion>> ListCentresAsync(int year, CancellationToken cancellationToken)
    {
        var partition = PartitionKeyOf(year);
        var upper = TableKeys.PrefixUpperBound(CentrePrefix);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {CentrePrefix} and RowKey lt {upper}");
        var versions = new List<CurrentVersion>();
        await foreach (var entity in _storage.CurrentVersions.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            versions.Add(FromEntity(entity));
        }

        return versions;
    }

    /// <summary>
    /// Makes <paramref name="next"/> current if the pointer is still what was read (<paramref name="expected"/>, or absent when null).
    /// Returns false when another writer got there first (HTTP 409 or 412): read again and decide again.
    /// </summary>
    public async Task<bool> TrySwitchAsync(CurrentVersion? expected, CurrentVersion next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        var entity = ToEntity(next);
        try
        {
            if (expected is null)
            {
                await _storage.CurrentVersions.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await _storage.CurrentVersions.UpdateEntityAsync(entity, expected.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            }

            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    private static TableEntity ToEntity(CurrentVersion version) => new(PartitionKeyOf(version.Year), RowKeyOf(version.StructureCode))
    {
        ["Year"] = version.Year,
        ["StructureCode"] = version.StructureCode,
        ["UploadId"] = version.UploadId,
        ["BlobName"] = version.BlobName,
        ["VersionKey"] = version.VersionKey,
        ["UploadedAt"] = version.UploadedAt.ToUniversalTime(),
        ["ContentHash"] = version.ContentHash,
        ["RowsPartition"] = version.RowsPartition,
        ["RowCount"] = version.RowCount,
        ["Outcome"] = version.Outcome.ToString(),
        ["OutcomeLabel"] = version.Outcome.ToFrenchLabel(),
        ["ErrorCount"] = version.ErrorCount,
        ["WarningCount"] = version.WarningCount,
        ["LedgerPartition"] = version.LedgerPartition,
        ["LedgerRow"] = version.LedgerRow,
        ["PreviousLedgerPartition"] = version.PreviousLedgerPartition,
        ["PreviousLedgerRow"] = version.PreviousLedgerRow,
    };

    private static CurrentVersion FromEntity(TableEntity entity) => new(
        entity.GetInt32("Year") ?? 0,
        entity.GetString("StructureCode"),
        entity.GetString("UploadId") ?? string.Empty,
        entity.GetString("BlobName") ?? string.Empty,
        entity.GetString("VersionKey") ?? string.Empty,
        entity.GetDateTimeOffset("UploadedAt") ?? DateTimeOffset.MinValue,
        entity.GetString("ContentHash") ?? string.Empty,
        entity.GetString("RowsPartition") ?? string.Empty,
        entity.GetInt32("RowCount") ?? 0,
        Enum.Parse<UploadOutcome>(entity.GetString("Outcome") ?? nameof(UploadOutcome.Acceptee)),
        entity.GetInt32("ErrorCount") ?? 0,
        entity.GetInt32("WarningCount") ?? 0,
        entity.GetString("LedgerPartition") ?? string.Empty,
        entity.GetString("LedgerRow") ?? string.Empty,
        entity.GetString("PreviousLedgerPartition"),
        entity.GetString("PreviousLedgerRow"),
        entity.ETag);
}
