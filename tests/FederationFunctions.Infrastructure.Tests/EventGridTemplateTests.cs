using System.Text.Json;
using static FederationFunctions.Infrastructure.Tests.BuiltInRoles;

namespace FederationFunctions.Infrastructure.Tests;

[Collection(CompiledMainTemplateCollection.Name)]
public sealed class EventGridTemplateTests(CompiledMainTemplate main, CompiledEventGridSubscriptionsTemplate subscriptionsTemplate)
{
    private readonly ArmTemplate _main = main.Template;
    private readonly ArmTemplate _subscriptions = subscriptionsTemplate.Template;

    [Fact]
    public void SystemTopic_ListensToTheStorageAccountWithItsOwnIdentity()
    {
        var topic = _main.Single("Microsoft.EventGrid/systemTopics");

        Assert.Equal("Microsoft.Storage.StorageAccounts", topic.At("properties.topicType").GetString());
        Assert.Equal("[resourceId('Microsoft.Storage/storageAccounts', parameters('storageAccountName'))]", topic.At("properties.source").GetString());
        Assert.Equal("[reference('storage').outputs.name.value]", topic.ModuleParameter("storageAccountName").GetString());
        Assert.Equal("SystemAssigned", topic.At("identity.type").GetString());
    }

    [Fact]
    public void SystemTopic_WritesDeadLettersToTheDeadLetterContainerOnly()
    {
        var assignment = Assert.Single(
            _main.OfType("Microsoft.Authorization/roleAssignments"),
            candidate => candidate.At("properties.principalId").GetString() == "[reference('topic', '2025-02-15', 'full').identity.principalId]");

        Assert.Equal(StorageBlobDataContributor, assignment.RoleDefinitionGuid());
        Assert.Equal(ContainerScope("parameters('deadLetterContainerName')"), assignment.Scope);
        Assert.Equal("[variables('deadLetterContainerName')]", assignment.ModuleParameter("deadLetterContainerName").GetString());
    }

    [Fact]
    public void MainTemplate_CreatesNoSubscription_TheHookDoes()
    {
        // Created by `azd provision`, a subscription would need the host's key before the code has ever run.
        Assert.Empty(_main.OfType("Microsoft.EventGrid/systemTopics/eventSubscriptions"));
        Assert.False(_main.Root.GetProperty("parameters").TryGetProperty("blobsExtensionKey", out _));
        Assert.Equal(
            ["AZURE_EVENT_GRID_SYSTEM_TOPIC_NAME", "AZURE_FUNCTION_APP_HOSTNAME", "AZURE_FUNCTION_APP_NAME", "AZURE_STORAGE_ACCOUNT_NAME", "FEDERATION_DEAD_LETTER_CONTAINER", "FEDERATION_REFERENCE_CONTAINER", "FEDERATION_UPLOADS_CONTAINER"],
            _main.Root.GetProperty("outputs").EnumerateObject().Select(output => output.Name)
                .Intersect(AzdHookEnvironment.Postdeploy.Keys).Order());
    }

    [Fact]
    public void Subscriptions_SendBlobCreatedOfUploadsAndReferenceToTheirIngestFunction()
    {
        var subscriptions = _subscriptions.Single("Microsoft.EventGrid/systemTopics/eventSubscriptions");
        var routes = subscriptions.Variable("routes").EnumerateArray()
            .Select(route => (
                Container: route.GetProperty("container").GetString(),
                Function: route.GetProperty("functionName").GetString()))
            .ToList();

        Assert.Equal("[length(variables('routes'))]", subscriptions.At("copy.count").GetString());
        Assert.Equal(
            [("[parameters('uploadsContainerName')]", "IngestCentreWorkbook"), ("[parameters('referenceContainerName')]", "IngestReferenceWorkbook")],
            routes);
        Assert.Equal(["Microsoft.Storage.BlobCreated"], subscriptions.At("properties.filter.includedEventTypes").EnumerateArray().Select(type => type.GetString()));
        Assert.Equal(
            "[format('/blobServices/default/containers/{0}/', variables('routes')[copyIndex()].container)]",
            subscriptions.At("properties.filter.subjectBeginsWith").GetString());
        Assert.Equal(1, subscriptions.At("properties.destination.properties.maxEventsPerBatch").GetInt32());
    }

    [Fact]
    public void Subscriptions_DeliverToTheBlobExtensionWebhookWithTheKeyTheHookPasses()
    {
        var subscriptions = _subscriptions.Single("Microsoft.EventGrid/systemTopics/eventSubscriptions");
        var endpoint = subscriptions.At("properties.destination.properties.endpointUrl").GetString()!;

        Assert.Equal("WebHook", subscriptions.At("properties.destination.endpointType").GetString());
        Assert.Equal(
            "[format('{0}?functionName=Host.Functions.{1}&code={2}', variables('webhookBase'), variables('routes')[copyIndex()].functionName, parameters('blobsExtensionKey'))]",
            endpoint);
        Assert.Equal("[format('https://{0}/runtime/webhooks/blobs', parameters('functionAppHostName'))]", _subscriptions.Root.GetProperty("variables").GetProperty("webhookBase").GetString());
        Assert.Equal("securestring", _subscriptions.Root.GetProperty("parameters").GetProperty("blobsExtensionKey").GetProperty("type").GetString());
        Assert.False(_subscriptions.Root.GetProperty("parameters").GetProperty("blobsExtensionKey").TryGetProperty("defaultValue", out _));
    }

    [Fact]
    public void Subscriptions_DeadLetterToTheContainerWithTheTopicIdentity()
    {
        var subscriptions = _subscriptions.Single("Microsoft.EventGrid/systemTopics/eventSubscriptions");

        Assert.Equal("SystemAssigned", subscriptions.At("properties.deadLetterWithResourceIdentity.identity.type").GetString());
        Assert.Equal("StorageBlob", subscriptions.At("properties.deadLetterWithResourceIdentity.deadLetterDestination.endpointType").GetString());
        Assert.Equal(
            "[resourceId('Microsoft.Storage/storageAccounts', parameters('storageAccountName'))]",
            subscriptions.At("properties.deadLetterWithResourceIdentity.deadLetterDestination.properties.resourceId").GetString());
        Assert.Equal(
            "[parameters('deadLetterContainerName')]",
            subscriptions.At("properties.deadLetterWithResourceIdentity.deadLetterDestination.properties.blobContainerName").GetString());
        Assert.Equal(30, subscriptions.At("properties.retryPolicy.maxDeliveryAttempts").GetInt32());
        Assert.Equal(1440, subscriptions.At("properties.retryPolicy.eventTimeToLiveInMinutes").GetInt32());
        Assert.Equal(JsonValueKind.Undefined, subscriptions.Properties.TryGetProperty("deadLetterDestination", out var keyBased) ? keyBased.ValueKind : JsonValueKind.Undefined);
    }
}
