using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace FederationFunctions.Core.Storage;

/// <summary>The storage account's containers and tables, named by <see cref="StorageOptions"/>.</summary>
public sealed class FederationStorage
{
    private readonly SemaphoreSlim _createLock = new(1, 1);
    private volatile bool _created;

    public FederationStorage(BlobServiceClient blobService, TableServiceClient tableService, IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(blobService);
        ArgumentNullException.ThrowIfNull(tableService);
        ArgumentNullException.ThrowIfNull(options);
        BlobService = blobService;
        TableService = tableService;
        Options = options.Value;
    }

    public BlobServiceClient BlobService { get; }

    public TableServiceClient TableService { get; }

    public StorageOptions Options { get; }

    public BlobContainerClient Uploads => BlobService.GetBlobContainerClient(Options.UploadsContainer);

    public BlobContainerClient Reference => BlobService.GetBlobContainerClient(Options.ReferenceContainer);

    public BlobContainerClient Feedback => BlobService.GetBlobContainerClient(Options.FeedbackContainer);

    public BlobContainerClient Reports => BlobService.GetBlobContainerClient(Options.ReportsContainer);

    public TableClient Ledger => Table(Options.LedgerTable);

    public TableClient CentreRows => Table(Options.CentreRowsTable);

    public TableClient ReferenceRows => Table(Options.ReferenceRowsTable);

    public TableClient CurrentVersions => Table(Options.CurrentVersionsTable);

    public TableClient Indicators => Table(Options.IndicatorsTable);

    public TableClient YearChanges => Table(Options.YearChangesTable);

    /// <summary>Creates every container and table that does not exist yet (once per process).</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (_created)
        {
            return;
        }

        await _createLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_created)
            {
                return;
            }

            foreach (var container in new[] { Uploads, Reference, Feedback, Reports })
            {
                await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            foreach (var table in new[] { Ledger, CentreRows, ReferenceRows, CurrentVersions, Indicators, YearChanges })
            {
                await CreateTableAsync(table, cancellationToken).ConfigureAwait(false);
            }

            _created = true;
        }
        finally
        {
            _createLock.Release();
        }
    }

    private static async Task CreateTableAsync(TableClient table, CancellationToken cancellationToken)
    {
        try
        {
            await table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Created concurrently by another instance (or still being deleted): the table is there or will be.
            return;
        }
    }

    private TableClient Table(string name) => TableService.GetTableClient(Options.FullTableName(name));
}
