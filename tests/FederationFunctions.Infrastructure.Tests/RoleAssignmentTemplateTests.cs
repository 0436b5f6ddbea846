using static FederationFunctions.Infrastructure.Tests.BuiltInRoles;

namespace FederationFunctions.Infrastructure.Tests;

/// <summary>The function app's identity holds what each container needs, on that container only (issue 9, point 6).</summary>
[Collection(CompiledMainTemplateCollection.Name)]
public sealed class RoleAssignmentTemplateTests(CompiledMainTemplate compiled)
{
    private readonly ArmTemplate _template = compiled.Template;

    [Fact]
    public void FunctionIdentity_HoldsNoBlobRoleOnTheWholeAccount()
    {
        var accountWide = AppAssignments().Where(assignment => assignment.Scope == AccountScope).ToList();

        Assert.NotEmpty(accountWide);
        Assert.All(accountWide, assignment => Assert.DoesNotContain(assignment.RoleDefinitionGuid(), BlobData));
        Assert.Equal(
            new[] { StorageQueueDataContributor, StorageTableDataContributor }.Order(),
            accountWide.Select(assignment => assignment.RoleDefinitionGuid()).Order());
    }

    [Fact]
    public void FunctionIdentity_ReadsAndWritesEachDataContainerButDeletesNoBlob()
    {
        var assignment = Assert.Single(AppAssignments(), candidate => candidate.Scope == ContainerScope("parameters('dataContainerNames')[copyIndex()]"));

        Assert.Equal(StorageBlobDataContributor, assignment.RoleDefinitionGuid());
        Assert.Equal("[length(parameters('dataContainerNames'))]", assignment.At("copy.count").GetString());
        Assert.Equal("[variables('dataContainerNames')]", assignment.ModuleParameter("dataContainerNames").GetString());
        Assert.Equal("2.0", assignment.At("properties.conditionVersion").GetString());
        Assert.Equal("[variables('noBlobDeletion')]", assignment.At("properties.condition").GetString());
        Assert.Equal(NoBlobDeletion, assignment.Variable("noBlobDeletion").GetString());
    }

    [Fact]
    public void FunctionsHostStorage_IsItsOwnContainersOnly()
    {
        var host = Assert.Single(AppAssignments(), candidate => candidate.Scope == ContainerScope("parameters('hostContainerNames')[copyIndex()]"));
        var deployment = Assert.Single(AppAssignments(), candidate => candidate.Scope == ContainerScope("parameters('deploymentContainerName')"));

        Assert.Equal(StorageBlobDataOwner, host.RoleDefinitionGuid());
        Assert.Equal("[variables('hostContainerNames')]", host.ModuleParameter("hostContainerNames").GetString());
        Assert.Equal(
            ["azure-webjobs-hosts", "azure-webjobs-secrets"],
            _template.Root.GetProperty("variables").GetProperty("hostContainerNames").EnumerateArray().Select(name => name.GetString()));
        Assert.Equal(StorageBlobDataContributor, deployment.RoleDefinitionGuid());
        Assert.Equal("[variables('deploymentContainerName')]", deployment.ModuleParameter("deploymentContainerName").GetString());
    }

    [Fact]
    public void FunctionIdentity_PublishesTelemetryAndReadsKeyVaultSecrets()
    {
        var telemetry = Assert.Single(AppAssignments(), candidate => candidate.RoleDefinitionGuid() == MonitoringMetricsPublisher);
        var secrets = Assert.Single(
            _template.OfType("Microsoft.Authorization/roleAssignments"),
            candidate => candidate.At("properties.principalId").GetString() == "[parameters('appPrincipalId')]");

        Assert.StartsWith("[resourceId('Microsoft.Insights/components', ", telemetry.Scope, StringComparison.Ordinal);
        Assert.Equal(KeyVaultSecretsUser, secrets.RoleDefinitionGuid());
        Assert.Equal("[resourceId('Microsoft.KeyVault/vaults', parameters('name'))]", secrets.Scope);
        Assert.Equal("[reference('identity').principalId]", secrets.ModuleParameter("appPrincipalId").GetString());
    }

    [Fact]
    public void Template_DefinesNoCustomRole()
    {
        Assert.Empty(_template.OfType("Microsoft.Authorization/roleDefinitions"));
        Assert.All(
            _template.OfType("Microsoft.Authorization/roleAssignments"),
            assignment => Assert.StartsWith("[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', ", assignment.At("properties.roleDefinitionId").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public void ServicePrincipalAssignments_DeclareTheirPrincipalType()
    {
        // Without it, an assignment to an identity created moments before can fail while Entra ID replicates it.
        Assert.All(AppAssignments(), assignment => Assert.Equal("ServicePrincipal", assignment.At("properties.principalType").GetString()));
    }

    [Fact]
    public void FunctionApp_IsCreatedAfterItsRolesAreAssigned()
    {
        var functionAppModule = _template.Single("Microsoft.Web/sites").Module;

        Assert.NotNull(functionAppModule);
        Assert.Contains("roles", functionAppModule.At("dependsOn").EnumerateArray().Select(item => item.GetString()));
    }

    private List<ArmResource> AppAssignments()
    {
        var assignments = _template.OfType("Microsoft.Authorization/roleAssignments")
            .Where(candidate => candidate.At("properties.principalId").GetString() == "[parameters('principalId')]")
            .ToList();
        Assert.All(assignments, assignment => Assert.Equal("[reference('identity').principalId]", assignment.ModuleParameter("principalId").GetString()));
        return assignments;
    }
}
