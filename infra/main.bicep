// FederationFunctions on Azure: storage (identity-only, locked against deletion), monitoring, Key Vault, Flex
// Consumption function app with staff sign-in, Event Grid system topic, alerts, staff and centre access.
// The Event Grid subscriptions come after the code (infra/event-grid-subscriptions.bicep, azd postdeploy hook).
// See docs/deploy.md.
targetScope = 'resourceGroup'

import { centreUploader } from 'modules/centre-upload-access.bicep'

@description('Environment name (azd AZURE_ENV_NAME), used to derive unique resource names.')
@minLength(1)
@maxLength(40)
param environmentName string

@description('Azure region of every resource; must offer Flex Consumption.')
param location string = resourceGroup().location

@description('NCRONTAB schedule of NightlyConsolidation (setting ConsolidationSchedule).')
param consolidationSchedule string = '0 0 2 * * *'

@description('Blob container of the centre workbooks.')
param uploadsContainerName string = 'uploads'

@description('Blob container of the reference workbooks.')
param referenceContainerName string = 'reference'

@description('Blob container of the feedback reports.')
param feedbackContainerName string = 'feedback'

@description('Blob container of the consolidated reports.')
param reportsContainerName string = 'reports'

@description('Table of the upload ledger (setting Federation__Storage__LedgerTable).')
param ledgerTableName string = 'Uploads'

@description('Table of the normalised rows of accepted centre workbooks.')
param centreRowsTableName string = 'CentreRows'

@description('Table of the normalised rows of accepted reference workbooks.')
param referenceRowsTableName string = 'ReferenceRows'

@description('Table of the current version per structure and year.')
param currentVersionsTableName string = 'CurrentVersions'

@description('Table of the computed indicators per year.')
param indicatorsTableName string = 'Indicators'

@description('Table of the years changed since their last consolidation.')
param yearChangesTableName string = 'YearChanges'

@description('Days a deleted blob, blob version or container can be restored.')
@minValue(1)
@maxValue(365)
param softDeleteRetentionDays int = 30

@description('Memory of each Flex Consumption instance, in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Upper bound of Flex Consumption instances (the platform accepts 40 to 1,000).')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Days logs are kept in Log Analytics.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('Daily Log Analytics ingestion cap, in GB.')
@minValue(1)
param logDailyQuotaGb int = 1

@description('E-mail notified by the failed-ingestion alert; empty for none.')
param alertEmailAddress string = ''

@description('Application (client) id of the Entra ID app registration staff sign in with (docs/deploy.md); empty to leave sign-in off.')
param entraClientId string = ''

@description('App role (value) a staff member must hold to open the staff pages.')
param staffRole string = 'Federation.Staff'

@description('Object id of the user or service principal running the deployment, allowed to set the centre-link secret; empty to grant nothing.')
param deployerPrincipalId string = deployer().objectId

@description('Object id of the federation staff Entra ID group; empty to grant nothing.')
param staffGroupObjectId string = ''

@description('Centres allowed to upload into their own folder (one Entra ID group per centre).')
param centreUploaders centreUploader[] = []

var resourceToken = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName))
var tags = {
  'azd-env-name': environmentName
  application: 'federation-functions'
}
var functionAppName = 'func-federation-${resourceToken}'
var storageAccountName = 'stfed${resourceToken}'
var deploymentContainerName = 'app-package-${take(functionAppName, 32)}'
var hostContainerNames = [
  'azure-webjobs-hosts'
  'azure-webjobs-secrets'
]
var poisonQueueName = 'webjobs-blobtrigger-poison'
var deadLetterContainerName = 'eventgrid-deadletter'
var linkSecretName = 'centre-link-secret'
var dataContainerNames = [
  uploadsContainerName
  referenceContainerName
  feedbackContainerName
  reportsContainerName
]
var tableNames = [
  ledgerTableName
  centreRowsTableName
  referenceRowsTableName
  currentVersionsTableName
  indicatorsTableName
  yearChangesTableName
]

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: 'id-federation-${resourceToken}'
  location: location
  tags: tags
}

// Used by App Service authentication only (federated credential of the app registration), as Microsoft advises: an
// identity trusted by the app registration is assigned to nothing else and holds no role.
resource authIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: 'id-federation-auth-${resourceToken}'
  location: location
  tags: tags
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: storageAccountName
    location: location
    tags: tags
    dataContainerNames: dataContainerNames
    deploymentContainerName: deploymentContainerName
    hostContainerNames: hostContainerNames
    hostQueueNames: [
      poisonQueueName
    ]
    deadLetterContainerName: deadLetterContainerName
    tableNames: tableNames
    softDeleteRetentionDays: softDeleteRetentionDays
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: 'log-federation-${resourceToken}'
    applicationInsightsName: 'appi-federation-${resourceToken}'
    location: location
    tags: tags
    retentionInDays: logRetentionDays
    dailyQuotaGb: logDailyQuotaGb
  }
}

module roles 'modules/role-assignments.bicep' = {
  name: 'function-app-roles'
  params: {
    principalId: identity.properties.principalId
    storageAccountName: storage.outputs.name
    dataContainerNames: dataContainerNames
    hostContainerNames: hostContainerNames
    deploymentContainerName: deploymentContainerName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
  }
}

module keyVault 'modules/key-vault.bicep' = {
  name: 'key-vault'
  params: {
    name: 'kv-fed-${resourceToken}'
    location: location
    tags: tags
    appPrincipalId: identity.properties.principalId
    deployerPrincipalId: deployerPrincipalId
  }
}

module functionApp 'modules/function-app.bicep' = {
  name: 'function-app'
  dependsOn: [
    roles
  ]
  params: {
    planName: 'plan-federation-${resourceToken}'
    name: functionAppName
    location: location
    tags: tags
    azdServiceName: 'functions'
    identityId: identity.id
    identityClientId: identity.properties.clientId
    authIdentityId: authIdentity.id
    authIdentityClientId: authIdentity.properties.clientId
    entraClientId: entraClientId
    staffRole: staffRole
    centreLinkKeyVaultReference: '@Microsoft.KeyVault(SecretUri=${keyVault.outputs.uri}secrets/${linkSecretName})'
    storageAccountName: storage.outputs.name
    deploymentContainerName: deploymentContainerName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    federation: {
      consolidationSchedule: consolidationSchedule
      uploadsContainer: uploadsContainerName
      referenceContainer: referenceContainerName
      feedbackContainer: feedbackContainerName
      reportsContainer: reportsContainerName
      ledgerTable: ledgerTableName
      centreRowsTable: centreRowsTableName
      referenceRowsTable: referenceRowsTableName
      currentVersionsTable: currentVersionsTableName
      indicatorsTable: indicatorsTableName
      yearChangesTable: yearChangesTableName
    }
  }
}

module eventGridTopic 'modules/event-grid-topic.bicep' = {
  name: 'event-grid-topic'
  params: {
    name: 'evgt-federation-${resourceToken}'
    location: location
    tags: tags
    storageAccountName: storage.outputs.name
    deadLetterContainerName: deadLetterContainerName
  }
}

module alerts 'modules/alerts.bicep' = {
  name: 'alerts'
  params: {
    name: 'alert-failed-ingestions-${resourceToken}'
    location: location
    tags: tags
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    alertEmailAddress: alertEmailAddress
    poisonAlertName: 'alert-poison-blobs-${resourceToken}'
    storageAccountName: storage.outputs.name
    poisonQueueName: poisonQueueName
    workspaceId: monitoring.outputs.workspaceId
  }
}

module centreAccess 'modules/centre-upload-access.bicep' = if (!empty(centreUploaders)) {
  name: 'centre-upload-access'
  params: {
    centreUploaders: centreUploaders
    storageAccountName: storage.outputs.name
    uploadsContainerName: uploadsContainerName
    feedbackContainerName: feedbackContainerName
  }
}

module staffAccess 'modules/staff-access.bicep' = if (!empty(staffGroupObjectId)) {
  name: 'staff-access'
  params: {
    staffGroupObjectId: staffGroupObjectId
    storageAccountName: storage.outputs.name
    dataContainerNames: dataContainerNames
    referenceContainerName: referenceContainerName
  }
}

output AZURE_LOCATION string = location
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_FUNCTION_APP_HOSTNAME string = functionApp.outputs.defaultHostName
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint
output AZURE_EVENT_GRID_SYSTEM_TOPIC_NAME string = eventGridTopic.outputs.name
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.properties.clientId
output AZURE_AUTH_IDENTITY_PRINCIPAL_ID string = authIdentity.properties.principalId
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output FEDERATION_LINK_SECRET_NAME string = linkSecretName
output FEDERATION_UPLOADS_CONTAINER string = uploadsContainerName
output FEDERATION_REFERENCE_CONTAINER string = referenceContainerName
output FEDERATION_DEAD_LETTER_CONTAINER string = deadLetterContainerName
