// FederationFunctions on Azure: storage (identity-only), monitoring, Flex Consumption function app,
// Event Grid blob events, alerts and centre upload access. See docs/deploy.md.
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

@description('Upper bound of Flex Consumption instances.')
@minValue(1)
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

@description('Second deployment, once the code runs: create the BlobCreated subscriptions to the blob extension webhook.')
param deployEventGridSubscriptions bool = false

@description('blobs_extension system key of the app; leave empty to read it from the app with listKeys.')
@secure()
param blobsExtensionKey string = ''

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

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: storageAccountName
    location: location
    tags: tags
    dataContainerNames: dataContainerNames
    deploymentContainerName: deploymentContainerName
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
    applicationInsightsName: monitoring.outputs.applicationInsightsName
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
  }
}

module eventGridSubscriptions 'modules/event-grid-subscriptions.bicep' = if (deployEventGridSubscriptions) {
  name: 'event-grid-subscriptions'
  params: {
    systemTopicName: eventGridTopic.outputs.name
    functionAppName: functionApp.outputs.name
    uploadsContainerName: uploadsContainerName
    referenceContainerName: referenceContainerName
    blobsExtensionKey: blobsExtensionKey
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
  }
}

module blobWriterRole 'modules/blob-writer-role.bicep' = if (!empty(centreUploaders) || !empty(staffGroupObjectId)) {
  name: 'blob-writer-role'
  params: {
    roleName: 'Federation blob writer (${resourceGroup().name})'
  }
}

module centreAccess 'modules/centre-upload-access.bicep' = if (!empty(centreUploaders)) {
  name: 'centre-upload-access'
  params: {
    centreUploaders: centreUploaders
    storageAccountName: storage.outputs.name
    blobWriterRoleId: blobWriterRole.?outputs.id ?? ''
    uploadsContainerName: uploadsContainerName
    feedbackContainerName: feedbackContainerName
  }
}

module staffAccess 'modules/staff-access.bicep' = if (!empty(staffGroupObjectId)) {
  name: 'staff-access'
  params: {
    staffGroupObjectId: staffGroupObjectId
    storageAccountName: storage.outputs.name
    blobWriterRoleId: blobWriterRole.?outputs.id ?? ''
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
