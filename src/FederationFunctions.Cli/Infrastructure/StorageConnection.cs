namespace FederationFunctions.Cli.Infrastructure;

/// <summary>Where the storage connection string comes from: <c>--connection</c>, then the setting, then development storage.</summary>
internal static class StorageConnection
{
    public static string Resolve(string? fromOption, Func<string, string?> setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        if (!string.IsNullOrWhiteSpace(fromOption))
        {
            return fromOption.Trim();
        }

        var configured = setting(CommonOptions.ConnectionSetting);
        return string.IsNullOrWhiteSpace(configured) ? CommonOptions.DevelopmentStorage : configured.Trim();
    }
}
