// One conditioned role assignment per centre (see docs/centre-upload-access.md):
// the centre's Entra ID group may create and overwrite blobs under uploads/{structureCode}/ only,
// and read and list its own uploads/{structureCode}/ and feedback/{structureCode}/ folders.

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

@description('Id of the custom blob writer role (read, write, add; no delete).')
param blobWriterRoleId string

@description('Blob container of the centre workbooks.')
param uploadsContainerName string

@description('Blob container of the feedback reports.')
param feedbackContainerName string

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

var blobsAction = 'Microsoft.Storage/storageAccounts/blobServices/containers/blobs'
var containerName = '@Resource[Microsoft.Storage/storageAccounts/blobServices/containers:name]'
var blobPath = '@Resource[Microsoft.Storage/storageAccounts/blobServices/containers/blobs:path]'
var listPrefix = '@Request[Microsoft.Storage/storageAccounts/blobServices/containers/blobs:prefix]'

resource centreAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for centre in centreUploaders: {
    name: guid(storage.id, centre.principalId, blobWriterRoleId, toUpper(centre.structureCode))
    scope: storage
    properties: {
      principalId: centre.principalId
      principalType: centre.principalType
      roleDefinitionId: blobWriterRoleId
      description: 'Centre ${toUpper(centre.structureCode)}: uploads to its own folder, reads its feedback.'
      conditionVersion: '2.0'
      condition: '((!(ActionMatches{\'${blobsAction}/write\'}) AND !(ActionMatches{\'${blobsAction}/add/action\'})) OR (${containerName} StringEquals \'${uploadsContainerName}\' AND ${blobPath} StringStartsWith \'${toUpper(centre.structureCode)}/\')) AND ((!(ActionMatches{\'${blobsAction}/read\'} AND NOT SubOperationMatches{\'Blob.List\'})) OR ((${containerName} StringEquals \'${uploadsContainerName}\' OR ${containerName} StringEquals \'${feedbackContainerName}\') AND ${blobPath} StringStartsWith \'${toUpper(centre.structureCode)}/\')) AND ((!(ActionMatches{\'${blobsAction}/read\'} AND SubOperationMatches{\'Blob.List\'})) OR ((${containerName} StringEquals \'${uploadsContainerName}\' OR ${containerName} StringEquals \'${feedbackContainerName}\') AND ${listPrefix} StringStartsWith \'${toUpper(centre.structureCode)}/\'))'
    }
  }
]
