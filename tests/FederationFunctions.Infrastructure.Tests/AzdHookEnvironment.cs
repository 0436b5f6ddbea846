namespace FederationFunctions.Infrastructure.Tests;

/// <summary>The environment azd gives the hooks in the tests: its own values and outputs of main.bicep.</summary>
internal static class AzdHookEnvironment
{
    public const string SubscriptionId = "00000000-0000-0000-0000-000000000001";

    /// <summary>What azd passes to the postdeploy hook: its own values and main.bicep's outputs.</summary>
    public static readonly IReadOnlyDictionary<string, string> Postdeploy = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AZURE_SUBSCRIPTION_ID"] = SubscriptionId,
        ["AZURE_RESOURCE_GROUP"] = "rg-federation-test",
        ["AZURE_FUNCTION_APP_NAME"] = "func-federation-abc",
        ["AZURE_FUNCTION_APP_HOSTNAME"] = "func-federation-abc.azurewebsites.net",
        ["AZURE_EVENT_GRID_SYSTEM_TOPIC_NAME"] = "evgt-federation-abc",
        ["AZURE_STORAGE_ACCOUNT_NAME"] = "stfedabc",
        ["FEDERATION_UPLOADS_CONTAINER"] = "uploads",
        ["FEDERATION_REFERENCE_CONTAINER"] = "reference",
        ["FEDERATION_DEAD_LETTER_CONTAINER"] = "eventgrid-deadletter",
    };

    public static readonly IReadOnlyDictionary<string, string> Postprovision = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AZURE_SUBSCRIPTION_ID"] = SubscriptionId,
        ["AZURE_RESOURCE_GROUP"] = "rg-federation-test",
        ["AZURE_FUNCTION_APP_NAME"] = "func-federation-abc",
        ["AZURE_KEY_VAULT_NAME"] = "kv-fed-abc",
        ["FEDERATION_LINK_SECRET_NAME"] = "centre-link-secret",
    };
}
