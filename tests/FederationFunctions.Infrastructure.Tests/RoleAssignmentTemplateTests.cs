namespace FederationFunctions.Infrastructure.Tests;

[Collection(CompiledMainTemplateCollection.Name)]
public sealed class RoleAssignmentTemplateTests(CompiledMainTemplate compiled)
{
    private readonly ArmTemplate _template = compiled.Template;

    [Theory]
    [InlineData("b7e6dc6d-f1e8-4753-8033-0f276bb0955b", "Microsoft.Storage/storageAccounts")] // Storage Blob Data Owner
    [InlineData("974c5e8b-45b9-4653-ba55-5f855dd0fb88", "Microsoft.Storage/storageAccounts")] // Storage Queue Data Contributor
    [InlineData("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", "Microsoft.Storage/storageAccounts")] // Storage Table Data Contributor
    [InlineData("3913510d-42f4-4e42-8a64-420c390055eb", "Microsoft.Insights/components")] // Monitoring Metrics Publisher
    public void FunctionIdentity_HoldsTheBuiltInRoleOnItsScope(string roleDefinitionGuid, string scopeType)
    {
        var assignment = Assert.Single(
            _template.OfType("Microsoft.Authorization/roleAssignments"),
            candidate => candidate.At("properties.roleDefinitionId").GetString()!.Contains(roleDefinitionGuid, StringComparison.Ordinal));

        Assert.Equal(
            $"[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '{roleDefinitionGuid}')]",
            assignment.At("properties.roleDefinitionId").GetString());
        Assert.Equal("[parameters('principalId')]", assignment.At("properties.principalId").GetString());
        Assert.Equal("ServicePrincipal", assignment.At("properties.principalType").GetString());
        Assert.StartsWith($"[resourceId('{scopeType}', ", assignment.At("scope").GetString(), StringComparison.Ordinal);
        Assert.Equal("[reference('identity').principalId]", assignment.ModuleParameter("principalId").GetString());
    }

    [Fact]
    public void FunctionApp_IsCreatedAfterItsRolesAreAssigned()
    {
        var functionAppModule = _template.Single("Microsoft.Web/sites").Module;

        Assert.NotNull(functionAppModule);
        Assert.Contains("roles", functionAppModule.At("dependsOn").EnumerateArray().Select(item => item.GetString()));
    }
}
