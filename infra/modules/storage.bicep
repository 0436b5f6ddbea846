// Storage account of the federation: data containers, tables, the Functions host's own containers and poison queue,
// the Event Grid dead-letter container and the Flex Consumption deployment container.
// Shared keys are off: every caller (the function app, staff, centres) authenticates with Entra ID.
// A CanNotDelete lock keeps the account (and with it every upload, the ledger and all tables) when the resource group
// is deleted, as `azd down` does: docs/deploy.md says how to really delete it.

@description('Storage account name (3-24 lowercase letters and digits, globally unique).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags applied to every resource.')
param tags {*: string}

@description('Blob containers holding the federation data (uploads, reference, feedback, reports).')
param dataContainerNames string[]

@description('Blob container holding the Flex Consumption deployment packages.')
param deploymentContainerName string

@description('Blob containers of the Functions host (AzureWebJobsStorage): locks, blob receipts, keys.')
param hostContainerNames string[]

@description('Queues of the Functions host (the blob trigger\'s poison queue), created so that they can be watched.')
param hostQueueNames string[]

@description('Blob container receiving the Event Grid events that could not be delivered.')
param deadLetterContainerName string

@description('Table names used by the pipeline.')
param tableNames string[]

@description('Days a deleted blob, blob version or container can be restored.')
@minValue(1)
@maxValue(365)
param softDeleteRetentionDays int

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    isHnsEnabled: false
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
    encryption: {
      keySource: 'Microsoft.Storage'
      services: {
        blob: {
          enabled: true
        }
        table: {
          enabled: true
        }
        queue: {
          enabled: true
        }
      }
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' = {
  parent: account
  name: 'default'
  properties: {
    isVersioningEnabled: true
    deleteRetentionPolicy: {
      enabled: true
      days: softDeleteRetentionDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: softDeleteRetentionDays
    }
  }
}

resource dataContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = [
  for containerName in dataContainerNames: {
    parent: blobService
    name: containerName
    properties: {
      publicAccess: 'None'
    }
  }
]

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource hostContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = [
  for containerName in hostContainerNames: {
    parent: blobService
    name: containerName
    properties: {
      publicAccess: 'None'
    }
  }
]

resource deadLetterContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: deadLetterContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2025-01-01' = {
  parent: account
  name: 'default'
}

resource hostQueues 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-01-01' = [
  for queueName in hostQueueNames: {
    parent: queueService
    name: queueName
  }
]

// `azd down` deletes the resource group: with this lock the deletion is refused and nothing is deleted.
// Only Owner and User Access Administrator can remove it (docs/deploy.md, "Data that survives `azd down`").
resource keepData 'Microsoft.Authorization/locks@2020-05-01' = {
  name: 'keep-federation-data'
  scope: account
  properties: {
    level: 'CanNotDelete'
    notes: 'Uploads, feedback, reports and tables of the federation. azd down cannot delete this account; see docs/deploy.md to delete it on purpose.'
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-01-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-01-01' = [
  for tableName in tableNames: {
    parent: tableService
    name: tableName
  }
]

output id string = account.id
output lockId string = keepData.id
output name string = account.name
output blobEndpoint string = account.properties.primaryEndpoints.blob
output queueEndpoint string = account.properties.primaryEndpoints.queue
output tableEndpoint string = account.properties.primaryEndpoints.table
