using System.Text.Json;

namespace FederationFunctions.Infrastructure.Tests;

[Collection(CompiledMainTemplateCollection.Name)]
public sealed class StorageTemplateTests(CompiledMainTemplate compiled)
{
    private readonly ArmTemplate _template = compiled.Template;

    [Fact]
    public void StorageAccount_DisablesSharedKeyAndPublicBlobAccess_AndRequiresTls12OverHttps()
    {
        var account = _template.Single("Microsoft.Storage/storageAccounts");

        Assert.Equal(JsonValueKind.False, account.At("properties.allowSharedKeyAccess").ValueKind);
        Assert.Equal(JsonValueKind.False, account.At("properties.allowBlobPublicAccess").ValueKind);
        Assert.Equal(JsonValueKind.True, account.At("properties.supportsHttpsTrafficOnly").ValueKind);
        Assert.Equal("TLS1_2", account.At("properties.minimumTlsVersion").GetString());
    }

    [Fact]
    public void BlobService_KeepsVersionsAndSoftDeletesBlobsAndContainers()
    {
        var blobService = _template.Single("Microsoft.Storage/storageAccounts/blobServices");

        Assert.Equal(JsonValueKind.True, blobService.At("properties.isVersioningEnabled").ValueKind);
        Assert.Equal(JsonValueKind.True, blobService.At("properties.deleteRetentionPolicy.enabled").ValueKind);
        Assert.Equal(JsonValueKind.True, blobService.At("properties.containerDeleteRetentionPolicy.enabled").ValueKind);
        Assert.Equal("[parameters('softDeleteRetentionDays')]", blobService.At("properties.deleteRetentionPolicy.days").GetString());
        Assert.Equal(30, _template.DefaultOf("softDeleteRetentionDays").GetInt32());
    }

    [Fact]
    public void Containers_AreTheDataTheHostTheDeadLettersAndTheDeployment_AllPrivate()
    {
        var containers = _template.OfType("Microsoft.Storage/storageAccounts/blobServices/containers").ToList();

        Assert.Equal(4, containers.Count);
        Assert.All(containers, container => Assert.Equal("None", container.At("properties.publicAccess").GetString()));
        var data = Assert.Single(containers, container => container.Element.TryGetProperty("copy", out var copy) && copy.GetProperty("count").GetString() == "[length(parameters('dataContainerNames'))]");
        Assert.Equal("[variables('dataContainerNames')]", data.ModuleParameter("dataContainerNames").GetString());
        Assert.Single(containers, container => container.Element.TryGetProperty("copy", out var copy) && copy.GetProperty("count").GetString() == "[length(parameters('hostContainerNames'))]");
        Assert.Equal("eventgrid-deadletter", _template.Root.GetProperty("variables").GetProperty("deadLetterContainerName").GetString());
        Assert.Equal(
            ["[parameters('uploadsContainerName')]", "[parameters('referenceContainerName')]", "[parameters('feedbackContainerName')]", "[parameters('reportsContainerName')]"],
            Strings(_template.Root.GetProperty("variables").GetProperty("dataContainerNames")));
        Assert.Equal("uploads", _template.DefaultOf("uploadsContainerName").GetString());
        Assert.Equal("reference", _template.DefaultOf("referenceContainerName").GetString());
        Assert.Equal("feedback", _template.DefaultOf("feedbackContainerName").GetString());
        Assert.Equal("reports", _template.DefaultOf("reportsContainerName").GetString());
    }

    [Fact]
    public void StorageAccount_IsLockedAgainstDeletion_SoThatAzdDownKeepsTheData()
    {
        var storageLock = _template.Single("Microsoft.Authorization/locks");

        Assert.Equal("CanNotDelete", storageLock.At("properties.level").GetString());
        Assert.Equal("[resourceId('Microsoft.Storage/storageAccounts', parameters('name'))]", storageLock.Scope);
        Assert.Equal("storage", storageLock.Module!.At("name").GetString());
        Assert.False(storageLock.Element.TryGetProperty("condition", out _), "The lock must not be optional.");
    }

    [Fact]
    public void PoisonQueue_ExistsSoThatItCanBeWatched()
    {
        var queues = _template.Single("Microsoft.Storage/storageAccounts/queueServices/queues");

        Assert.Equal("[length(parameters('hostQueueNames'))]", queues.At("copy.count").GetString());
        Assert.Equal(["[variables('poisonQueueName')]"], Strings(queues.ModuleParameter("hostQueueNames")));
        Assert.Equal("webjobs-blobtrigger-poison", _template.Root.GetProperty("variables").GetProperty("poisonQueueName").GetString());
    }

    [Fact]
    public void Tables_DefaultToTheDocumentedNames()
    {
        var tables = _template.Single("Microsoft.Storage/storageAccounts/tableServices/tables");

        Assert.Equal("[length(parameters('tableNames'))]", tables.At("copy.count").GetString());
        Assert.Equal("[variables('tableNames')]", tables.ModuleParameter("tableNames").GetString());
        Assert.Equal(
            ["[parameters('ledgerTableName')]", "[parameters('centreRowsTableName')]", "[parameters('referenceRowsTableName')]", "[parameters('currentVersionsTableName')]", "[parameters('indicatorsTableName')]", "[parameters('yearChangesTableName')]"],
            Strings(_template.Root.GetProperty("variables").GetProperty("tableNames")));
        Assert.Equal("Uploads", _template.DefaultOf("ledgerTableName").GetString());
        Assert.Equal("CentreRows", _template.DefaultOf("centreRowsTableName").GetString());
        Assert.Equal("ReferenceRows", _template.DefaultOf("referenceRowsTableName").GetString());
        Assert.Equal("CurrentVersions", _template.DefaultOf("currentVersionsTableName").GetString());
        Assert.Equal("Indicators", _template.DefaultOf("indicatorsTableName").GetString());
        Assert.Equal("YearChanges", _template.DefaultOf("yearChangesTableName").GetString());
    }

    private static string[] Strings(JsonElement array) =>
        array.EnumerateArray().Select(item => item.GetString()!).ToArray();
}
