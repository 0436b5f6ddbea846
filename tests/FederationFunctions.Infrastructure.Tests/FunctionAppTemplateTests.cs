using System.Text.Json;

namespace FederationFunctions.Infrastructure.Tests;

[Collection(CompiledMainTemplateCollection.Name)]
public sealed class FunctionAppTemplateTests(CompiledMainTemplate compiled)
{
    private static readonly string[] SecretMarkers =
    [
        "AccountKey=",
        "SharedAccessSignature=",
        "SharedAccessKey=",
        "DefaultEndpointsProtocol=",
        "sig=",
        "listKeys(",
        "listAccountSas(",
        "listServiceSas(",
        "listConnectionStrings(",
    ];

    private readonly ArmTemplate _template = compiled.Template;

    [Fact]
    public void Plan_IsFlexConsumption()
    {
        var plan = _template.Single("Microsoft.Web/serverfarms");

        Assert.Equal("FC1", plan.At("sku.name").GetString());
        Assert.Equal("FlexConsumption", plan.At("sku.tier").GetString());
        Assert.Equal(JsonValueKind.True, plan.At("properties.reserved").ValueKind);
    }

    [Fact]
    public void FunctionApp_RunsDotnetIsolated10OnLinuxAsTheUserAssignedIdentity()
    {
        var app = _template.Single("Microsoft.Web/sites");

        Assert.Equal("functionapp,linux", app.At("kind").GetString());
        Assert.Equal("UserAssigned", app.At("identity.type").GetString());
        Assert.Equal(JsonValueKind.True, app.At("properties.httpsOnly").ValueKind);
        Assert.Equal("dotnet-isolated", app.At("properties.functionAppConfig.runtime.name").GetString());
        Assert.Equal("10.0", app.At("properties.functionAppConfig.runtime.version").GetString());
        Assert.Equal("[parameters('instanceMemoryMB')]", app.At("properties.functionAppConfig.scaleAndConcurrency.instanceMemoryMB").GetString());
        Assert.Equal("[parameters('maximumInstanceCount')]", app.At("properties.functionAppConfig.scaleAndConcurrency.maximumInstanceCount").GetString());
        Assert.Equal(2048, _template.DefaultOf("instanceMemoryMB").GetInt32());
        Assert.Contains(
            "Microsoft.ManagedIdentity/userAssignedIdentities",
            app.ModuleParameter("identityId").GetString(),
            StringComparison.Ordinal);
        Assert.Equal("functions", app.ModuleParameter("azdServiceName").GetString());
    }

    [Fact]
    public void MaximumInstanceCount_CannotGoBelowThePlatformFloorOf40()
    {
        var maximum = _template.Root.GetProperty("parameters").GetProperty("maximumInstanceCount");
        var moduleMaximum = _template.Single("Microsoft.Web/sites").Template.GetProperty("parameters").GetProperty("maximumInstanceCount");

        Assert.Equal(40, maximum.GetProperty("minValue").GetInt32());
        Assert.Equal(1000, maximum.GetProperty("maxValue").GetInt32());
        Assert.Equal(40, maximum.GetProperty("defaultValue").GetInt32());
        Assert.Equal(40, moduleMaximum.GetProperty("minValue").GetInt32());
    }

    [Fact]
    public void WorkerCredential_IsTheAppIdentityNamedByClientId()
    {
        var settings = AppSettings();

        // StorageCredential (src/FederationFunctions) builds ManagedIdentityCredential from these two settings.
        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
        Assert.Equal("[parameters('identityClientId')]", settings["AzureWebJobsStorage__clientId"]);
        Assert.Equal("[parameters('identityClientId')]", settings["AZURE_CLIENT_ID"]);
        Assert.Equal("[reference('identity').clientId]", _template.Single("Microsoft.Web/sites").ModuleParameter("identityClientId").GetString());
    }

    [Fact]
    public void DeploymentStorage_IsABlobContainerReachedWithTheIdentity()
    {
        var app = _template.Single("Microsoft.Web/sites");

        Assert.Equal("blobContainer", app.At("properties.functionAppConfig.deployment.storage.type").GetString());
        Assert.Equal("UserAssignedIdentity", app.At("properties.functionAppConfig.deployment.storage.authentication.type").GetString());
        Assert.Equal(
            "[parameters('identityId')]",
            app.At("properties.functionAppConfig.deployment.storage.authentication.userAssignedIdentityResourceId").GetString());
        Assert.Equal(
            "[format('{0}{1}', reference('storage').primaryEndpoints.blob, parameters('deploymentContainerName'))]",
            app.At("properties.functionAppConfig.deployment.storage.value").GetString());
    }

    [Fact]
    public void HostStorage_IsIdentityBased()
    {
        var settings = AppSettings();

        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
        Assert.Equal("[parameters('identityClientId')]", settings["AzureWebJobsStorage__clientId"]);
        Assert.Equal("[reference('storage').primaryEndpoints.blob]", settings["AzureWebJobsStorage__blobServiceUri"]);
        Assert.Equal("[reference('storage').primaryEndpoints.queue]", settings["AzureWebJobsStorage__queueServiceUri"]);
        Assert.Equal("[reference('storage').primaryEndpoints.table]", settings["AzureWebJobsStorage__tableServiceUri"]);
        Assert.DoesNotContain("AzureWebJobsStorage", settings.Keys);
        Assert.DoesNotContain("WEBSITE_CONTENTAZUREFILECONNECTIONSTRING", settings.Keys);
    }

    [Fact]
    public void ApplicationInsights_AcceptsOnlyTheIdentity()
    {
        var settings = AppSettings();
        var component = _template.Single("Microsoft.Insights/components");

        Assert.Equal("[format('ClientId={0};Authorization=AAD', parameters('identityClientId'))]", settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
        Assert.Equal(JsonValueKind.True, component.At("properties.DisableLocalAuth").ValueKind);
    }

    [Fact]
    public void AppSettings_HoldNoAccountKeyConnectionStringOrSecret()
    {
        var settings = AppSettings();

        Assert.NotEmpty(settings);
        foreach (var (name, value) in settings)
        {
            foreach (var marker in SecretMarkers)
            {
                Assert.False(
                    value.Contains(marker, StringComparison.OrdinalIgnoreCase),
                    $"App setting {name} contains '{marker}': {value}");
            }
        }
    }

    [Fact]
    public void Template_NeverListsStorageKeys()
    {
        var expressions = AllStrings(_template.Root).ToList();

        Assert.DoesNotContain(expressions, text => text.Contains("AccountKey=", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(expressions, text =>
            text.Contains("listKeys(", StringComparison.OrdinalIgnoreCase)
            && text.Contains("Microsoft.Storage", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(expressions, text => text.Contains("listAccountSas(", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void AppSettings_CarryTheScheduleAndTheStorageNames()
    {
        var settings = AppSettings();

        Assert.Equal("[parameters('federation').consolidationSchedule]", settings["ConsolidationSchedule"]);
        Assert.Equal("0 0 2 * * *", _template.DefaultOf("consolidationSchedule").GetString());
        Assert.Equal("[parameters('federation').uploadsContainer]", settings["Federation__Storage__UploadsContainer"]);
        Assert.Equal("[parameters('federation').referenceContainer]", settings["Federation__Storage__ReferenceContainer"]);
        Assert.Equal("[parameters('federation').feedbackContainer]", settings["Federation__Storage__FeedbackContainer"]);
        Assert.Equal("[parameters('federation').reportsContainer]", settings["Federation__Storage__ReportsContainer"]);
        Assert.Equal("[parameters('federation').ledgerTable]", settings["Federation__Storage__LedgerTable"]);
        Assert.Equal("[parameters('federation').centreRowsTable]", settings["Federation__Storage__CentreRowsTable"]);
        Assert.Equal("[parameters('federation').referenceRowsTable]", settings["Federation__Storage__ReferenceRowsTable"]);
        Assert.Equal("[parameters('federation').currentVersionsTable]", settings["Federation__Storage__CurrentVersionsTable"]);
        Assert.Equal("[parameters('federation').indicatorsTable]", settings["Federation__Storage__IndicatorsTable"]);
        Assert.Equal("[parameters('federation').yearChangesTable]", settings["Federation__Storage__YearChangesTable"]);

        var federation = _template.Single("Microsoft.Web/sites").ModuleParameter("federation");
        Assert.Equal("[parameters('consolidationSchedule')]", federation.GetProperty("consolidationSchedule").GetString());
        Assert.Equal("[parameters('uploadsContainerName')]", federation.GetProperty("uploadsContainer").GetString());
        Assert.Equal("[parameters('ledgerTableName')]", federation.GetProperty("ledgerTable").GetString());
        Assert.Equal("[parameters('referenceRowsTableName')]", federation.GetProperty("referenceRowsTable").GetString());
    }

    private Dictionary<string, string> AppSettings()
    {
        var appSettings = _template.Single("Microsoft.Web/sites").At("properties.siteConfig.appSettings");
        Assert.Equal(JsonValueKind.Array, appSettings.ValueKind);
        return appSettings.EnumerateArray().ToDictionary(
            setting => setting.GetProperty("name").GetString()!,
            setting => setting.GetProperty("value").GetString()!,
            StringComparer.Ordinal);
    }

    private static IEnumerable<string> AllStrings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(AllStrings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(property => AllStrings(property.Value).Prepend(property.Name)),
        _ => [],
    };
}
