namespace FederationFunctions.IntegrationTests.Infrastructure;

/// <summary>Azurite's upload times, report names and indicator snapshots have a one-second resolution.</summary>
internal static class UploadClock
{
    /// <summary>Waits until the clock is in a later second than now, so that what comes next is strictly later.</summary>
    public static async Task NextSecondAsync()
    {
        var second = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        while (DateTimeOffset.UtcNow.ToUnixTimeSeconds() == second)
        {
            await Task.Delay(50);
        }
    }
}
