using System.Text.Json;

namespace FederationFunctions.Infrastructure.Tests;

/// <summary>App Service authentication, the webhook path, Key Vault and the front door's settings (issues 11 and 15).</summary>
[Collection(CompiledMainTemplateCollection.Name)]
public sealed class StaffSignInTemplateTests(CompiledMainTemplate compiled)
{
    private readonly ArmTemplate _template = compiled.Template;

    [Fact]
    public void Authentication_LetsAnonymousRequestsThrough_SoThatCentreLinksWork()
    {
        var auth = Authentication();

        Assert.Equal(JsonValueKind.True, auth.At("properties.platform.enabled").ValueKind);
        Assert.Equal(JsonValueKind.False, auth.At("properties.globalValidation.requireAuthentication").ValueKind);
        Assert.Equal("AllowAnonymous", auth.At("properties.globalValidation.unauthenticatedClientAction").GetString());
    }

    [Fact]
    public void BlobWebhookPath_IsExcludedFromAuthentication_SoThatEventGridReachesIt()
    {
        var excluded = Authentication().At("properties.globalValidation.excludedPaths").EnumerateArray().Select(path => path.GetString());

        Assert.Contains("/runtime/webhooks/blobs", excluded);
    }

    [Fact]
    public void Authentication_SignsStaffInWithEntraIdWithoutAClientSecret()
    {
        var auth = Authentication();
        var settings = AppSettings();

        Assert.Equal("[not(empty(parameters('entraClientId')))]", auth.At("condition").GetString());
        Assert.Equal(JsonValueKind.String, _template.DefaultOf("entraClientId").ValueKind);
        Assert.Equal("[parameters('entraClientId')]", auth.At("properties.identityProviders.azureActiveDirectory.registration.clientId").GetString());
        Assert.Equal("[format('{0}{1}/v2.0', environment().authentication.loginEndpoint, tenant().tenantId)]", auth.At("properties.identityProviders.azureActiveDirectory.registration.openIdIssuer").GetString());
        Assert.Equal("OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID", auth.At("properties.identityProviders.azureActiveDirectory.registration.clientSecretSettingName").GetString());
        Assert.Equal("[parameters('authIdentityClientId')]", settings["OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID"]);
        Assert.Equal("[reference('authIdentity').clientId]", auth.ModuleParameter("authIdentityClientId").GetString());
        Assert.Equal("[tenant().tenantId]", settings["WEBSITE_AUTH_AAD_ALLOWED_TENANTS"]);
        Assert.Equal(JsonValueKind.True, auth.At("properties.httpSettings.requireHttps").ValueKind);
    }

    [Fact]
    public void StaffRole_IsASettingThatDefaultsToFederationStaff()
    {
        Assert.Equal("[parameters('staffRole')]", AppSettings()["Federation__Web__StaffRole"]);
        Assert.Equal("Federation.Staff", _template.DefaultOf("staffRole").GetString());
    }

    [Fact]
    public void LinkSecret_IsAKeyVaultReferenceResolvedWithTheAppIdentity()
    {
        var app = _template.Single("Microsoft.Web/sites");

        Assert.Equal("[parameters('centreLinkKeyVaultReference')]", AppSettings()["Federation__Web__LinkSecret"]);
        Assert.Equal(
            "[format('@Microsoft.KeyVault(SecretUri={0}secrets/{1})', reference('keyVault').outputs.uri.value, variables('linkSecretName'))]",
            app.ModuleParameter("centreLinkKeyVaultReference").GetString());
        Assert.Equal("[parameters('identityId')]", app.At("properties.keyVaultReferenceIdentity").GetString());
        Assert.Equal("centre-link-secret", _template.Root.GetProperty("variables").GetProperty("linkSecretName").GetString());
    }

    [Fact]
    public void KeyVault_UsesAzureRbacOnly()
    {
        var vault = _template.Single("Microsoft.KeyVault/vaults");

        Assert.Equal(JsonValueKind.True, vault.At("properties.enableRbacAuthorization").ValueKind);
        Assert.False(vault.Properties.TryGetProperty("accessPolicies", out _));
        Assert.Equal("[tenant().tenantId]", vault.At("properties.tenantId").GetString());
    }

    [Fact]
    public void Deployer_MaySetTheLinkSecret_WhichTheHookCreatesOnce()
    {
        var officer = Assert.Single(
            _template.OfType("Microsoft.Authorization/roleAssignments"),
            candidate => candidate.At("properties.principalId").GetString() == "[parameters('deployerPrincipalId')]");

        Assert.Equal(BuiltInRoles.KeyVaultSecretsOfficer, officer.RoleDefinitionGuid());
        Assert.Equal("[resourceId('Microsoft.KeyVault/vaults', parameters('name'))]", officer.Scope);
        Assert.Equal("[deployer().objectId]", _template.DefaultOf("deployerPrincipalId").GetString());
        Assert.Equal("[variables('linkSecretName')]", _template.Root.GetProperty("outputs").GetProperty("FEDERATION_LINK_SECRET_NAME").GetProperty("value").GetString());
    }

    [Fact]
    public void App_RunsAsItsIdentityAndHoldsTheAuthenticationIdentityForNothingElse()
    {
        var app = _template.Single("Microsoft.Web/sites");
        var identities = app.At("identity.userAssignedIdentities").EnumerateObject().Select(identity => identity.Name).ToList();

        Assert.Equal(["[format('{0}', parameters('identityId'))]", "[format('{0}', parameters('authIdentityId'))]"], identities);
        Assert.DoesNotContain(
            _template.OfType("Microsoft.Authorization/roleAssignments"),
            assignment => assignment.At("properties.principalId").GetString()!.Contains("authIdentity", StringComparison.Ordinal));
    }

    private ArmResource Authentication() => Assert.Single(
        _template.OfType("Microsoft.Web/sites/config"),
        config => config.At("name").GetString()!.Contains("authsettingsV2", StringComparison.Ordinal));

    private Dictionary<string, string> AppSettings() =>
        _template.Single("Microsoft.Web/sites").At("properties.siteConfig.appSettings").EnumerateArray().ToDictionary(
            setting => setting.GetProperty("name").GetString()!,
            setting => setting.GetProperty("value").GetString()!,
            StringComparer.Ordinal);
}
