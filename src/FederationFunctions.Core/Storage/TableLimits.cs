namespace FederationFunctions.Core.Storage;

/// <summary>Azure Table Storage service limits the pipeline respects (Azurite is laxer: never rely on it).</summary>
public static class TableLimits
{
    /// <summary>A transaction holds at most 100 entities, all of one partition.</summary>
    public const int MaxEntitiesPerTransaction = 100;

    /// <summary>A transaction's payload must stay under 4 MiB; the estimate keeps a safety margin below it.</summary>
    public const long MaxTransactionBytes = 3L * 1024 * 1024;

    /// <summary>A string property holds at most 64 KiB (UTF-16): 32,768 characters. We keep a margin.</summary>
    public const int MaxStringPropertyChars = 32_000;

    /// <summary>An entity holds at most 255 properties (including the three system ones).</summary>
    public const int MaxPropertiesPerEntity = 252;
}
