using System.ComponentModel.DataAnnotations;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace FederationFunctions.Core.Storage;

/// <summary>
/// The Azure SDK clients' retry and network-timeout settings (configuration section <c>Federation:Storage:Client</c>). The
/// defaults suit a function: a handful of exponential retries within a minute, so that a throttled or briefly unavailable
/// account is ridden out inside one invocation, then the host's own retry (trigger) or the next sweep takes over. The command
/// line sets shorter values (<see cref="ForCommandLine"/>) so that a person waits seconds, not minutes. The SDK's own retry
/// policy also retries the socket errors it would leave unretried (<see cref="DroppedConnectionPolicy"/>).
/// </summary>
public sealed class StorageClientOptions
{
    public const string SectionName = "Federation:Storage:Client";

    /// <summary>Retries after the first attempt of one storage call.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 5;

    /// <summary>The first retry's delay (doubled each time, with jitter).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(800);

    /// <summary>The longest delay between two retries.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long one request (or one read of a download) may wait for the network.</summary>
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The command line's values: two quick retries, 10 s per request.</summary>
    public static StorageClientOptions ForCommandLine() => new()
    {
        MaxRetries = 2,
        RetryDelay = TimeSpan.FromMilliseconds(300),
        MaxRetryDelay = TimeSpan.FromSeconds(2),
        NetworkTimeout = TimeSpan.FromSeconds(10),
    };

    /// <summary>Blob client options with these settings.</summary>
    public BlobClientOptions ToBlobClientOptions()
    {
        var options = new BlobClientOptions();
        Apply(options);
        return options;
    }

    /// <summary>Table client options with these settings.</summary>
    public TableClientOptions ToTableClientOptions()
    {
        var options = new TableClientOptions();
        Apply(options);
        return options;
    }

    private void Apply(ClientOptions options)
    {
        Apply(options.Retry);
        options.AddPolicy(DroppedConnectionPolicy.Instance, HttpPipelinePosition.PerRetry);
    }

    private void Apply(RetryOptions retry)
    {
        retry.Mode = RetryMode.Exponential;
        retry.MaxRetries = MaxRetries;
        retry.Delay = RetryDelay;
        retry.MaxDelay = MaxRetryDelay;
        retry.NetworkTimeout = NetworkTimeout;
    }
}
