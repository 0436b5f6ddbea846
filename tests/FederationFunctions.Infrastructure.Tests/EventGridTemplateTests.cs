using System.Text.Json;

namespace FederationFunctions.Infrastructure.Tests;

[Collection(CompiledMainTemplateCollection.Name)]
public sealed class EventGridTemplateTests(CompiledMainTemplate compiled)
{
    private readonly ArmTemplate _template = compiled.Template;

    [Fact]
    public void SystemTopic_ListensToTheStorageAccount()
    {
        var topic = _template.Single("Microsoft.EventGrid/systemTopics");

        Assert.Equal("Microsoft.Storage.StorageAccounts", topic.At("properties.topicType").GetString());
        Assert.Equal("[resourceId('Microsoft.Storage/storageAccounts', parameters('storageAccountName'))]", topic.At("properties.source").GetString());
        Assert.Equal("[reference('storage').outputs.name.value]", topic.ModuleParameter("storageAccountName").GetString());
    }

    [Fact]
    public void Subscriptions_AreASecondStepDrivenByAParameter()
    {
        var subscriptions = _template.Single("Microsoft.EventGrid/systemTopics/eventSubscriptions");

        Assert.NotNull(subscriptions.Module);
        Assert.Equal("[parameters('deployEventGridSubscriptions')]", subscriptions.Module.At("condition").GetString());
        Assert.Equal(JsonValueKind.False, _template.DefaultOf("deployEventGridSubscriptions").ValueKind);
        Assert.Equal("securestring", _template.Root.GetProperty("parameters").GetProperty("blobsExtensionKey").GetProperty("type").GetString());
    }

    [Fact]
    public void Subscriptions_SendBlobCreatedOfUploadsAndReferenceToTheirIngestFunction()
    {
        var subscriptions = _template.Single("Microsoft.EventGrid/systemTopics/eventSubscriptions");
        var routes = subscriptions.Variable("routes").EnumerateArray()
            .Select(route => (
                Container: route.GetProperty("container").GetString(),
                Function: route.GetProperty("functionName").GetString()))
            .ToList();

        Assert.Equal("[length(variables('routes'))]", subscriptions.At("copy.count").GetString());
        Assert.Equal(
            [("[parameters('uploadsContainerName')]", "IngestCentreWorkbook"), ("[parameters('referenceContainerName')]", "IngestReferenceWorkbook")],
            routes);
        Assert.Equal("[parameters('uploadsContainerName')]", subscriptions.ModuleParameter("uploadsContainerName").GetString());
        Assert.Equal("[parameters('referenceContainerName')]", subscriptions.ModuleParameter("referenceContainerName").GetString());
        Assert.Equal(["Microsoft.Storage.BlobCreated"], subscriptions.At("properties.filter.includedEventTypes").EnumerateArray().Select(type => type.GetString()));
        Assert.Equal(
            "[format('/blobServices/default/containers/{0}/', variables('routes')[copyIndex()].container)]",
            subscriptions.At("properties.filter.subjectBeginsWith").GetString());
    }

    [Fact]
    public void Subscriptions_DeliverToTheBlobExtensionWebhookWithItsSystemKey()
    {
        var subscriptions = _template.Single("Microsoft.EventGrid/systemTopics/eventSubscriptions");
        var endpoint = subscriptions.At("properties.destination.properties.endpointUrl").GetString()!;

        Assert.Equal("WebHook", subscriptions.At("properties.destination.endpointType").GetString());
        Assert.StartsWith("[format('{0}?functionName=Host.Functions.{1}&code={2}', format('https://{0}/runtime/webhooks/blobs', ", endpoint, StringComparison.Ordinal);
        Assert.Contains("variables('routes')[copyIndex()].functionName", endpoint, StringComparison.Ordinal);
        Assert.Contains(
            "if(empty(parameters('blobsExtensionKey')), listKeys(format('{0}/host/default', resourceId('Microsoft.Web/sites', parameters('functionAppName'))), '2024-04-01').systemKeys.blobs_extension, parameters('blobsExtensionKey'))",
            endpoint,
            StringComparison.Ordinal);
    }
}
