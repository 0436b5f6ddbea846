using Azure;
using Polly;
using Polly.Retry;

namespace FederationFunctions.Core.Storage;

/// <summary>
/// Retries an optimistic-concurrency write (read, decide, write under the ETag) when another writer got there first (HTTP 409 or
/// 412): exponential backoff with jitter (Polly), so that parallel ingestions of one structure or one year spread out instead
/// of colliding again. Each attempt reads again and decides again. After the last attempt the conflict propagates: it is
/// transient, and the next trigger or sweep redoes the work.
/// </summary>
public static class ConflictRetry
{
    /// <summary>Attempts after the first.</summary>
    public const int MaxRetries = 12;

    /// <summary>The shared pipeline (stateless, thread-safe).</summary>
    public static ResiliencePipeline Pipeline { get; } = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<RequestFailedException>(IsConflict),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(40),
            MaxDelay = TimeSpan.FromSeconds(2),
            MaxRetryAttempts = MaxRetries,
        })
        .Build();

    /// <summary>True for the answers of a write that lost a race (entity added or changed meanwhile).</summary>
    public static bool IsConflict(RequestFailedException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.Status is 409 or 412;
    }

    /// <summary>The exception an attempt throws when its conditional write lost the race without the SDK throwing.</summary>
    public static RequestFailedException Conflict(string what) => new(412, what + " changed meanwhile.", "ConditionNotMet", null);
}
