namespace FederationFunctions.Infrastructure.Tests;

[Collection(CompiledMainTemplateCollection.Name)]
public sealed class AlertTemplateTests(CompiledMainTemplate compiled)
{
    private readonly ArmTemplate _template = compiled.Template;

    [Fact]
    public void FailedIngestionAlert_FiresOnAnyFailedIngestExecution()
    {
        var rule = _template.Single("Microsoft.Insights/scheduledQueryRules");
        var criterion = Assert.Single(rule.At("properties.criteria.allOf").EnumerateArray());
        var query = rule.Variable("failedIngestionsQuery").GetString()!;

        Assert.Equal("[variables('failedIngestionsQuery')]", criterion.GetProperty("query").GetString());
        Assert.Contains("where name startswith \"Ingest\" and success == false", query, StringComparison.Ordinal);
        Assert.Contains("where operation_Name startswith \"Ingest\"", query, StringComparison.Ordinal);
        Assert.Equal("GreaterThan", criterion.GetProperty("operator").GetString());
        Assert.Equal(0, criterion.GetProperty("threshold").GetInt32());
        Assert.Equal("[resourceId('Microsoft.Insights/components', parameters('applicationInsightsName'))]", Assert.Single(rule.At("properties.scopes").EnumerateArray()).GetString());
    }
}
