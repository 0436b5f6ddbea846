// Key Vault of the centre-link secret (the HMAC key of every centre's link, app setting Federation__Web__LinkSecret
// as a Key Vault reference). Azure RBAC only, no access policy: the app's identity reads secrets (Key Vault Secrets
// User); the person or principal deploying may set them (Key Vault Secrets Officer), which the postprovision hook does
// once: it creates the secret when it does not exist and never overwrites it (rotating it revokes every link).

@description('Key Vault name (3-24 characters, globally unique).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags applied to the vault.')
param tags {*: string}

@description('Principal (object) id of the function app identity.')
param appPrincipalId string

@description('Object id of the user or service principal running the deployment; empty to grant nothing.')
param deployerPrincipalId string

var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var keyVaultSecretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    publicNetworkAccess: 'Enabled'
  }
}

resource appSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, appPrincipalId, keyVaultSecretsUser)
  scope: vault
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    description: 'Function app: resolve the Key Vault references of its settings.'
  }
}

resource deployerSecretsOfficer 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(deployerPrincipalId)) {
  name: guid(vault.id, deployerPrincipalId, keyVaultSecretsOfficer)
  scope: vault
  properties: {
    principalId: deployerPrincipalId
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsOfficer)
    description: 'Deployment: create the centre-link secret once (postprovision hook), rotate it on purpose.'
  }
}

output name string = vault.name
output uri string = vault.properties.vaultUri
