// Flex Consumption plan and the function app. The app runs as a user-assigned managed identity and
// reaches storage, Key Vault and Application Insights with it: no account key or secret is in its settings.
// Staff sign in with Microsoft Entra ID through App Service authentication (authsettingsV2), which lets anonymous
// requests through: centre links carry their own token, the blob extension's webhook (/runtime/webhooks/blobs) must
// stay reachable by Event Grid, and the staff handlers check the signed-in principal's app role themselves.

@description('Flex Consumption plan name.')
param planName string

@description('Function app name (also the host name prefix).')
param name string

@description('Azure region.')
param location string

@description('Tags applied to the plan.')
param tags {*: string}

@description('Value of the azd-service-name tag, so that `azd deploy` finds the app.')
param azdServiceName string

@description('Resource id of the user-assigned managed identity the app runs as.')
param identityId string

@description('Client id of that identity (AzureWebJobsStorage__clientId, AZURE_CLIENT_ID).')
param identityClientId string

@description('Resource id of the user-assigned identity trusted by the app registration (federated credential), used by App Service authentication instead of a client secret.')
param authIdentityId string

@description('Client id of that identity (OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID).')
param authIdentityClientId string

@description('Application (client) id of the Entra ID app registration staff sign in with; empty to leave authentication off.')
param entraClientId string

@description('App role a staff member must hold (Federation__Web__StaffRole).')
param staffRole string

@description('Key Vault reference of the centre-link secret (Federation__Web__LinkSecret).')
param centreLinkKeyVaultReference string

@description('Name of the storage account (same account for the host and the federation data).')
param storageAccountName string

@description('Blob container the deployment packages are written to.')
param deploymentContainerName string

@description('Application Insights component name.')
param applicationInsightsName string

@description('Memory of each instance, in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('Upper bound of instances the plan may scale out to (the platform accepts 40 to 1,000).')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

@description('Schedule and storage names of the federation, exposed to the app as settings.')
param federation federationSettings

@description('Schedule and storage names the app reads (ConsolidationSchedule, Federation__Storage__*, bound to StorageOptions).')
type federationSettings = {
  consolidationSchedule: string
  uploadsContainer: string
  referenceContainer: string
  feedbackContainer: string
  reportsContainer: string
  ledgerTable: string
  centreRowsTable: string
  referenceRowsTable: string
  currentVersionsTable: string
  indicatorsTable: string
  yearChangesTable: string
}

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': azdServiceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
      '${authIdentityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientCertEnabled: false
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: [
        // Host storage (blob trigger receipts, poison queue, timer locks), identity-based.
        {
          name: 'AzureWebJobsStorage__credential'
          value: 'managedidentity'
        }
        {
          name: 'AzureWebJobsStorage__clientId'
          value: identityClientId
        }
        {
          name: 'AzureWebJobsStorage__blobServiceUri'
          value: storage.properties.primaryEndpoints.blob
        }
        {
          name: 'AzureWebJobsStorage__queueServiceUri'
          value: storage.properties.primaryEndpoints.queue
        }
        {
          name: 'AzureWebJobsStorage__tableServiceUri'
          value: storage.properties.primaryEndpoints.table
        }
        // Azure SDK clients in the worker: the app's identity, explicitly (two identities are assigned to the app).
        {
          name: 'AZURE_CLIENT_ID'
          value: identityClientId
        }
        // The connection string only locates the component (local auth is disabled on it);
        // the authentication string makes the host send telemetry with the managed identity.
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: applicationInsights.properties.ConnectionString
        }
        {
          name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
          value: 'ClientId=${identityClientId};Authorization=AAD'
        }
        // Federation settings (section Federation:Storage of the app). The app reaches the same account
        // through AzureWebJobsStorage__blobServiceUri / __tableServiceUri with ManagedIdentityCredential
        // (client id AzureWebJobsStorage__clientId).
        {
          name: 'ConsolidationSchedule'
          value: federation.consolidationSchedule
        }
        {
          name: 'Federation__Storage__UploadsContainer'
          value: federation.uploadsContainer
        }
        {
          name: 'Federation__Storage__ReferenceContainer'
          value: federation.referenceContainer
        }
        {
          name: 'Federation__Storage__FeedbackContainer'
          value: federation.feedbackContainer
        }
        {
          name: 'Federation__Storage__ReportsContainer'
          value: federation.reportsContainer
        }
        {
          name: 'Federation__Storage__LedgerTable'
          value: federation.ledgerTable
        }
        {
          name: 'Federation__Storage__CentreRowsTable'
          value: federation.centreRowsTable
        }
        {
          name: 'Federation__Storage__ReferenceRowsTable'
          value: federation.referenceRowsTable
        }
        {
          name: 'Federation__Storage__CurrentVersionsTable'
          value: federation.currentVersionsTable
        }
        {
          name: 'Federation__Storage__IndicatorsTable'
          value: federation.indicatorsTable
        }
        {
          name: 'Federation__Storage__YearChangesTable'
          value: federation.yearChangesTable
        }
        // Front door (section Federation:Web): the centre-link HMAC secret, resolved from Key Vault with the app's
        // identity (keyVaultReferenceIdentity), and the app role of staff.
        {
          name: 'Federation__Web__LinkSecret'
          value: centreLinkKeyVaultReference
        }
        {
          name: 'Federation__Web__StaffRole'
          value: staffRole
        }
        // App Service authentication: the client assertion comes from the dedicated identity (no client secret),
        // and only tokens of this tenant are accepted.
        {
          name: 'OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID'
          value: authIdentityClientId
        }
        {
          name: 'WEBSITE_AUTH_AAD_ALLOWED_TENANTS'
          value: tenant().tenantId
        }
      ]
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
    }
  }
}

// Staff sign-in. Anonymous requests go through (centre links, the webhook); /runtime/webhooks/blobs is also excluded
// explicitly, so that the webhook stays reachable should authentication ever be required.
resource authentication 'Microsoft.Web/sites/config@2024-04-01' = if (!empty(entraClientId)) {
  parent: functionApp
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: false
      unauthenticatedClientAction: 'AllowAnonymous'
      excludedPaths: [
        '/runtime/webhooks/blobs'
      ]
    }
    httpSettings: {
      requireHttps: true
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: entraClientId
          clientSecretSettingName: 'OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID'
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
        }
        validation: {
          allowedAudiences: [
            'api://${entraClientId}'
            entraClientId
          ]
        }
      }
    }
    login: {
      tokenStore: {
        enabled: false
      }
    }
  }
}

// Deployments go through Entra ID (azd, az functionapp deployment): basic publishing credentials are off.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: functionApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: functionApp
  name: 'scm'
  properties: {
    allow: false
  }
}

output id string = functionApp.id
output name string = functionApp.name
output defaultHostName string = functionApp.properties.defaultHostName
