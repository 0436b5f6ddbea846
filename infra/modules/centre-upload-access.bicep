// Two conditioned role assignments per centre (see docs/centre-upload-access.md): on the uploads container, the
// centre's Entra ID group may create and overwrite blobs under {structureCode}/ only, read and list that folder, and
// delete nothing; on the feedback container, it may read and list its {structureCode}/ folder only.

@export()
@description('A centre and the Entra ID principal (preferably a group) allowed to upload for it.')
type centreUploader = {
  @description('Structure code, e.g. 59-LIL-001 (pattern ^\\d{2}-[A-Z]{3}-\\d{3}$).')
  @minLength(10)
  @maxLength(10)
  structureCode: string

  @description('Object id of the principal.')
  principalId: string

  @description('Principal type; a group per centre keeps people changes out of Azure RBAC.')
  principalType: ('Group' | 'User')
}

@description('Centres granted upload access.')
param centreUploaders centreUploader[]

@description('Storage account name.')
param storageAccountName string

@description('Blob container of the centre workbooks.')
param uploadsContainerName string

@description('Blob container of the feedback reports.')
param feedbackContainerName string

// Built-in roles at container scope, narrowed by conditions (no custom role: nothing to define, nothing to replicate).
var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
var storageBlobDataReader = '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1'

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' existing = {
  parent: storage
  name: 'default'
}

resource uploadsContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' existing = {
  parent: blobService
  name: uploadsContainerName
}

resource feedbackContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' existing = {
  parent: blobService
  name: feedbackContainerName
}

var blobsAction = 'Microsoft.Storage/storageAccounts/blobServices/containers/blobs'
var blobPath = '@Resource[Microsoft.Storage/storageAccounts/blobServices/containers/blobs:path]'
var listPrefix = '@Request[Microsoft.Storage/storageAccounts/blobServices/containers/blobs:prefix]'

// uploads: create and overwrite under {code}/ only, read and list {code}/ only, delete nothing.
resource centreUploads 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for centre in centreUploaders: {
    name: guid(uploadsContainer.id, centre.principalId, storageBlobDataContributor, toUpper(centre.structureCode))
    scope: uploadsContainer
    properties: {
      principalId: centre.principalId
      principalType: centre.principalType
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
      description: 'Centre ${toUpper(centre.structureCode)}: uploads to its own folder, never deletes.'
      conditionVersion: '2.0'
      condition: '((!(ActionMatches{\'${blobsAction}/write\'}) AND !(ActionMatches{\'${blobsAction}/add/action\'})) OR (${blobPath} StringStartsWith \'${toUpper(centre.structureCode)}/\')) AND ((!(ActionMatches{\'${blobsAction}/read\'} AND NOT SubOperationMatches{\'Blob.List\'})) OR (${blobPath} StringStartsWith \'${toUpper(centre.structureCode)}/\')) AND ((!(ActionMatches{\'${blobsAction}/read\'} AND SubOperationMatches{\'Blob.List\'})) OR (${listPrefix} StringStartsWith \'${toUpper(centre.structureCode)}/\')) AND (!(ActionMatches{\'${blobsAction}/delete\'}))'
    }
  }
]

// feedback: read and list {code}/ only.
resource centreFeedback 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for centre in centreUploaders: {
    name: guid(feedbackContainer.id, centre.principalId, storageBlobDataReader, toUpper(centre.structureCode))
    scope: feedbackContainer
    properties: {
      principalId: centre.principalId
      principalType: centre.principalType
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataReader)
      description: 'Centre ${toUpper(centre.structureCode)}: reads its own feedback.'
      conditionVersion: '2.0'
      condition: '((!(ActionMatches{\'${blobsAction}/read\'} AND NOT SubOperationMatches{\'Blob.List\'})) OR (${blobPath} StringStartsWith \'${toUpper(centre.structureCode)}/\')) AND ((!(ActionMatches{\'${blobsAction}/read\'} AND SubOperationMatches{\'Blob.List\'})) OR (${listPrefix} StringStartsWith \'${toUpper(centre.structureCode)}/\'))'
    }
  }
]
