// Federation staff (one Entra ID group), built-in roles on the data containers only (never the account, so never the
// Functions host's containers, keys or deployment packages): read uploads, reference, feedback and reports; upload
// reference workbooks (no blob deletion).

@description('Object id of the staff group.')
param staffGroupObjectId string

@description('Storage account name.')
param storageAccountName string

@description('Blob containers of the federation data (uploads, reference, feedback, reports).')
param dataContainerNames string[]

@description('Blob container of the reference workbooks.')
param referenceContainerName string

var storageBlobDataReader = '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1'
var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

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

resource referenceContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' existing = {
  parent: blobService
  name: referenceContainerName
}

resource staffReaders 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for (name, index) in dataContainerNames: {
    name: guid(dataContainers[index].id, staffGroupObjectId, storageBlobDataReader)
    scope: dataContainers[index]
    properties: {
      principalId: staffGroupObjectId
      principalType: 'Group'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataReader)
      description: 'Federation staff: read ${name}.'
    }
  }
]

resource staffReferenceWriter 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(referenceContainer.id, staffGroupObjectId, storageBlobDataContributor)
  scope: referenceContainer
  properties: {
    principalId: staffGroupObjectId
    principalType: 'Group'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
    description: 'Federation staff: upload reference workbooks, never delete one.'
    conditionVersion: '2.0'
    condition: '(!(ActionMatches{\'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/delete\'}))'
  }
}
