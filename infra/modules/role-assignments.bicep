// Data-plane roles of the function app's managed identity, each on the narrowest scope that works
// (built-in role definition ids, no custom role):
// - each federation data container: Storage Blob Data Contributor, with a condition that refuses blob deletion
//   (the app reads uploads and reference, writes feedback and reports, and stores what the centre and staff pages
//   receive; it never deletes a blob, and its history relies on every upload staying);
// - the Functions host's own containers (locks, blob receipts, keys): Storage Blob Data Owner, as Microsoft documents
//   for AzureWebJobsStorage, but on those containers only;
// - the deployment container: Storage Blob Data Contributor (Flex Consumption deployment storage);
// - queues (host only: the blob trigger's poison queue) and tables (the pipeline's tables and the host's diagnostics):
//   Storage Queue Data Contributor and Storage Table Data Contributor on the account;
// - Application Insights: Monitoring Metrics Publisher.

@description('Principal (object) id of the function app identity.')
param principalId string

@description('Storage account name.')
param storageAccountName string

@description('Blob containers of the federation data (uploads, reference, feedback, reports).')
param dataContainerNames string[]

@description('Blob containers of the Functions host.')
param hostContainerNames string[]

@description('Blob container of the deployment packages.')
param deploymentContainerName string

@description('Application Insights component name.')
param applicationInsightsName string

var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
var storageBlobDataOwner = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
var storageQueueDataContributor = '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var monitoringMetricsPublisher = '3913510d-42f4-4e42-8a64-420c390055eb'
var noBlobDeletion = '(!(ActionMatches{\'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/delete\'}))'

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' existing = {
  parent: storage
  name: 'default'
}

resource dataContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' existing = [
  for name in dataContainerNames: {
    parent: blobService
    name: name
  }
]

resource hostContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' existing = [
  for name in hostContainerNames: {
    parent: blobService
    name: name
  }
]

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' existing = {
  parent: blobService
  name: deploymentContainerName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource dataContainerAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for (name, index) in dataContainerNames: {
    name: guid(dataContainers[index].id, principalId, storageBlobDataContributor)
    scope: dataContainers[index]
    properties: {
      principalId: principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
      description: 'Function app: read and write blobs of ${name}, never delete one.'
      conditionVersion: '2.0'
      condition: noBlobDeletion
    }
  }
]

resource hostContainerAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for (name, index) in hostContainerNames: {
    name: guid(hostContainers[index].id, principalId, storageBlobDataOwner)
    scope: hostContainers[index]
    properties: {
      principalId: principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataOwner)
      description: 'Functions host storage: ${name}.'
    }
  }
]

resource deploymentContainerAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(deploymentContainer.id, principalId, storageBlobDataContributor)
  scope: deploymentContainer
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
    description: 'Flex Consumption deployment package.'
  }
}

resource queueAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, principalId, storageQueueDataContributor)
  scope: storage
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageQueueDataContributor)
    description: 'Functions host queues (blob trigger poison queue); the account holds no other queue.'
  }
}

resource tableAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, principalId, storageTableDataContributor)
  scope: storage
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributor)
    description: 'Pipeline tables (ledger, rows, versions, indicators, year changes) and the host diagnostics tables.'
  }
}

resource telemetryAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(applicationInsights.id, principalId, monitoringMetricsPublisher)
  scope: applicationInsights
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisher)
  }
}
