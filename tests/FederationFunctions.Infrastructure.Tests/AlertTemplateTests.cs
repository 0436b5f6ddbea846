namespace FederationFunctions.Infrastructure.Tests;

[Collection(CompiledMainTemplateCollection.Name)]
public sealed class AlertTemplateTests(CompiledMainTemplate compiled)
{
    private readonly ArmTemplate _template = compiled.Template;

    [Fact]
    public void FailedIngestionAlert_FiresOnAnyFailedIngestExecution()
    {
        var rule = Rule("failedIngestions");
        var criterion = Assert.Single(rule.At("properties.criteria.allOf").EnumerateArray());
        var query = rule.Variable("failedIngestionsQuery").GetString()!;

        Assert.Equal("[variables('failedIngestionsQuery')]", criterion.GetProperty("query").GetString());
        Assert.Contains("where name startswith \"Ingest\" and success == false", query, StringComparison.Ordinal);
        Assert.Contains("where operation_Name startswith \"Ingest\"", query, StringComparison.Ordinal);
        Assert.Equal("GreaterThan", criterion.GetProperty("operator").GetString());
        Assert.Equal(0, criterion.GetProperty("threshold").GetInt32());
        Assert.Equal("[resourceId('Microsoft.Insights/components', parameters('applicationInsightsName'))]", Assert.Single(rule.At("properties.scopes").EnumerateArray()).GetString());
    }

    [Fact]
    public void PoisonBlobAlert_FiresOnAnyMessagePutInThePoisonQueue()
    {
        var rule = Rule("poisonBlobs");
        var criterion = Assert.Single(rule.At("properties.criteria.allOf").EnumerateArray());
        var query = rule.Variable("poisonBlobsQuery").GetString()!.Replace("{0}", "webjobs-blobtrigger-poison", StringComparison.Ordinal);

        Assert.Equal("[format(variables('poisonBlobsQuery'), parameters('poisonQueueName'))]", criterion.GetProperty("query").GetString());
        Assert.Equal("[variables('poisonQueueName')]", rule.ModuleParameter("poisonQueueName").GetString());
        Assert.Contains("StorageQueueLogs", query, StringComparison.Ordinal);
        Assert.Contains("OperationName == \"PutMessage\" and Uri contains \"/webjobs-blobtrigger-poison/messages\"", query, StringComparison.Ordinal);
        Assert.Equal("GreaterThan", criterion.GetProperty("operator").GetString());
        Assert.Equal(0, criterion.GetProperty("threshold").GetInt32());
        Assert.Equal("[parameters('workspaceId')]", Assert.Single(rule.At("properties.scopes").EnumerateArray()).GetString());
        Assert.Equal("[reference('monitoring').outputs.workspaceId.value]", rule.ModuleParameter("workspaceId").GetString());
    }

    [Fact]
    public void QueueWrites_AreLoggedToTheWorkspaceTheAlertQueries()
    {
        var setting = _template.Single("Microsoft.Insights/diagnosticSettings");
        var log = Assert.Single(setting.At("properties.logs").EnumerateArray());

        Assert.Equal("[resourceId('Microsoft.Storage/storageAccounts/queueServices', parameters('storageAccountName'), 'default')]", setting.Scope);
        Assert.Equal("StorageWrite", log.GetProperty("category").GetString());
        Assert.True(log.GetProperty("enabled").GetBoolean());
        Assert.Equal("[parameters('workspaceId')]", setting.At("properties.workspaceId").GetString());
    }

    private ArmResource Rule(string symbolicName) => Assert.Single(
        _template.OfType("Microsoft.Insights/scheduledQueryRules"),
        rule => rule.At("properties.criteria.allOf").EnumerateArray().Single().GetProperty("query").GetString()!.Contains(
            symbolicName == "failedIngestions" ? "failedIngestionsQuery" : "poisonBlobsQuery", StringComparison.Ordinal));
}
