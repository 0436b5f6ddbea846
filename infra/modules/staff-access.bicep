// Federation staff (one Entra ID group): read every container, upload reference workbooks.

@description('Object id of the staff group.')
param staffGroupObjectId string

@description('Storage account name.')
param storageAccountName string

@description('Id of the custom blob writer role (read, write, add; no delete).')
param blobWriterRoleId string

@description('Blob container of the reference workbooks.')
param referenceContainerName string

var storageBlobDataReaderRoleId = '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1'
var blobsAction = 'Microsoft.Storage/storageAccounts/blobServices/containers/blobs'

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource staffReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, staffGroupObjectId, storageBlobDataReaderRoleId)
  scope: storage
  properties: {
    principalId: staffGroupObjectId
    principalType: 'Group'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataReaderRoleId)
    description: 'Federation staff: read every container (uploads, feedback, reports, reference).'
  }
}

resource staffReferenceWriter 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, staffGroupObjectId, blobWriterRoleId)
  scope: storage
  properties: {
    principalId: staffGroupObjectId
    principalType: 'Group'
    roleDefinitionId: blobWriterRoleId
    description: 'Federation staff: upload reference workbooks.'
    conditionVersion: '2.0'
    condition: '((!(ActionMatches{\'${blobsAction}/write\'}) AND !(ActionMatches{\'${blobsAction}/add/action\'})) OR (@Resource[Microsoft.Storage/storageAccounts/blobServices/containers:name] StringEquals \'${referenceContainerName}\'))'
  }
}
